package vn.hocvuso.province;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.security.Caller;

/**
 * The province a request acts on (issue 15): the one rule of everything done to one province as a whole, a target
 * created, a report asked for, a provincial department entered (neither parent nor commune), an organisation file
 * imported. The caller acts on the provinces of {@link Caller#actingProvinces()}: every one for the national
 * administrator, its own for a province administrator, those of its units and organisations for a manager.
 *
 * <ol>
 *   <li>A province named ({@code ?province=}, a report's {@code province}) is that one. None named: the deployment's
 *       home province ({@link ProvincesConfig#home()}) for the national administrator, the one province the caller
 *       acts on for anyone else; one who acts on several must name one (400 {@code validation_failed} on {@code
 *       province}, {@code required}); one who acts on none is refused (403).
 *   <li>It must exist: 404 {@code province_not_found} ({@link #requireExists}, the one existence check).
 *   <li>The caller must act on it: 403 otherwise.
 * </ol>
 *
 * Statistics' {@code ?province=} filters, which every reader may use, go by the units the reader reaches instead
 * ({@code stats.ProvinceSlice}); the answers are the same (404, then 403).
 */
@ApplicationScoped
public class ActingProvince {

    private final Provinces provinces;
    private final ProvincesConfig config;
    private final Pool pool;

    public ActingProvince(Provinces provinces, ProvincesConfig config, Pool pool) {
        this.provinces = provinces;
        this.config = config;
        this.pool = pool;
    }

    /** The province {@code caller} acts on when it names {@code asked} (null: none), by the rule above. */
    public Uni<String> of(Caller caller, String asked) {
        Set<String> acting = caller.actingProvinces();
        return Uni.createFrom()
                .item(() -> chosen(acting, asked))
                .call(this::requireExists)
                .invoke(province -> {
                    if (acting != null && !acting.contains(province)) {
                        throw ApiException.forbidden();
                    }
                });
    }

    /** 404 {@code province_not_found} unless a province has the key {@code code}. */
    public Uni<Void> requireExists(String code) {
        return exists(code)
                .invoke(known -> {
                    if (!known) {
                        throw ApiException.notFound("province_not_found", code);
                    }
                })
                .replaceWithVoid();
    }

    /** Whether a province has the key {@code code}. */
    public Uni<Boolean> exists(String code) {
        return provinces.find(pool, code).map(p -> p != null);
    }

    private String chosen(Set<String> acting, String asked) {
        if (asked != null) {
            return asked;
        }
        if (acting == null) {
            return config.home();
        }
        if (acting.isEmpty()) {
            throw ApiException.forbidden();
        }
        if (acting.size() > 1) {
            throw ApiException.invalid("province", "required");
        }
        return acting.iterator().next();
    }
}
