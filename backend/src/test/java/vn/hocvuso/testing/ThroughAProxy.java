package vn.hocvuso.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/**
 * The test profile of the classes that take the database away: the application's datasource goes through
 * a {@link PgProxy} ({@link PgProxyResource}). One profile for all of them, so that Quarkus starts once for
 * them all.
 */
public class ThroughAProxy implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PgProxyResource.class));
    }
}
