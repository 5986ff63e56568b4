package vn.hocvuso.testing;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Resources every @QuarkusTest of this module gets: the token key pair, and the SMTP server and the SMS
 * and Zalo providers that notifications go to.
 */
@QuarkusTestResource(value = TestKeys.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = NotificationPeers.class, restrictToAnnotatedClass = false)
public final class TestResources {

    private TestResources() {}
}
