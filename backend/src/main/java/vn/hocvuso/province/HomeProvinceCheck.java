package vn.hocvuso.province;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Refuses to start when {@code hocvuso.provinces.home} names no province of the database, with a message that
 * says what to set, rather than failing on a foreign key at the first target or department an administrator
 * enters. A database that cannot be reached at start is not a reason to stay down (it may be a failover or a
 * restart of PostgreSQL): the check is then only logged as not done.
 */
@ApplicationScoped
public class HomeProvinceCheck {

    private static final Logger LOG = Logger.getLogger(HomeProvinceCheck.class);

    private final ProvincesConfig config;
    private final Provinces provinces;
    private final Pool pool;

    public HomeProvinceCheck(ProvincesConfig config, Provinces provinces, Pool pool) {
        this.config = config;
        this.provinces = provinces;
        this.pool = pool;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> verify(config.home()));
    }

    /**
     * Fails with an {@link IllegalStateException} that says what to set when the database answers that it has no
     * province {@code code}; only logs when the database does not answer.
     */
    public Uni<Void> verify(String code) {
        return provinces
                .find(pool, code)
                .map(found -> found != null)
                .onFailure()
                .invoke(failure -> LOG.warnf("The home province '%s' could not be checked at start: %s", code, failure))
                .onFailure()
                .recoverWithNull()
                .invoke(known -> {
                    if (Boolean.FALSE.equals(known)) {
                        throw new IllegalStateException(refusal(code));
                    }
                })
                .replaceWithVoid();
    }

    private static String refusal(String code) {
        return "HOCVUSO_PROVINCE (hocvuso.provinces.home) is '" + code + "', which is no province of the database: "
                + "set it to the code of a row of the table province (GET /api/v1/provinces lists them; "
                + "Quảng Ngãi's is quang-ngai).";
    }
}
