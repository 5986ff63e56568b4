package vn.hocvuso.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Resources every @QuarkusTest of this module gets: the token key pair. */
@QuarkusTestResource(value = TestKeys.class, restrictToAnnotatedClass = false)
public final class TestResources {

    private TestResources() {
    }
}
