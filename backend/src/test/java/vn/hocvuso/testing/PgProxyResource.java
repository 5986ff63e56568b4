package vn.hocvuso.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Puts a {@link PgProxy} between the application and the test database, for the tests of a profile
 * that need to take the database away (the profile {@link ThroughAProxy}); the test gets the proxy injected
 * into its {@code PgProxy} field. Tests keep a direct connection ({@code hocvuso-test.direct-jdbc-url})
 * to look at the database while the application's is cut.
 */
public class PgProxyResource implements QuarkusTestResourceLifecycleManager {

    private PgProxy proxy;

    @Override
    public Map<String, String> start() {
        String host = env("HOCVUSO_DB_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("HOCVUSO_DB_PORT", "5432"));
        proxy = PgProxy.to(host, port);
        return settings(proxy, host, port, env("HOCVUSO_TEST_DB_NAME", "hocvuso_test"));
    }

    /**
     * The application's settings that put {@code proxy} in the way: here its datasource; a subclass may put
     * it elsewhere (the statistics' read host, {@code StandbyReadsTest}).
     */
    protected Map<String, String> settings(PgProxy proxy, String host, int port, String database) {
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + proxy.port() + "/" + database,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database,
                "hocvuso-test.direct-jdbc-url", "jdbc:postgresql://" + host + ":" + port + "/" + database);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(proxy, new TestInjector.MatchesType(PgProxy.class));
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
