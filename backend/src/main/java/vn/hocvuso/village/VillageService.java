package vn.hocvuso.village;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Texts;
import vn.hocvuso.stats.StatsData;
import vn.hocvuso.unit.Units;
import vn.hocvuso.village.VillageViews.CloseVillageRequest;
import vn.hocvuso.village.VillageViews.CreateVillageRequest;
import vn.hocvuso.village.VillageViews.UpdateVillageRequest;
import vn.hocvuso.village.VillageViews.Village;
import vn.hocvuso.village.VillageViews.VillageOption;

/**
 * A unit's villages as reference data: offered at registration (open ones), kept by the unit's managers (create,
 * rename, close or merge, reopen; each change audited in its transaction, against the version the manager saw).
 */
@ApplicationScoped
public class VillageService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Villages villages;
    private final AuditLog audit;
    private final Pool pool;
    private final Clock clock;
    /** The villages as the figures keep them: forgotten on this replica as soon as one changes. */
    private final Cache statsVillages;

    public VillageService(
            Villages villages,
            AuditLog audit,
            Pool pool,
            Clock clock,
            @CacheName(StatsData.VILLAGES_CACHE) Cache statsVillages) {
        this.villages = villages;
        this.audit = audit;
        this.pool = pool;
        this.clock = clock;
        this.statsVillages = statsVillages;
    }

    /** Tells the figures that villages changed, after {@code change} committed. */
    <T> Uni<T> changed(Uni<T> change) {
        return change.call(statsVillages::invalidateAll);
    }

    /** The open villages of a unit, as registration offers them; 404 for a unit that does not exist. */
    public Uni<Page<VillageOption>> openVillages(String unitCode, String query, PageRequest page) {
        String q = Texts.escapeLike(Texts.cleanOrNull(query));
        return Units.require(pool, unitCode)
                .chain(() -> villages.countOpen(pool, unitCode, q))
                .chain(total -> villages.searchOpen(pool, unitCode, q, page).map(list -> Page.of(list, page, total)));
    }

    /** A unit's villages for its managers, closed ones too when asked. */
    public Uni<Page<Village>> villages(String unitCode, String query, boolean withClosed, PageRequest page) {
        String q = Texts.escapeLike(Texts.cleanOrNull(query));
        return Units.require(pool, unitCode)
                .chain(() -> villages.count(pool, unitCode, q, withClosed))
                .chain(total ->
                        villages.search(pool, unitCode, q, withClosed, page).map(list -> Page.of(list, page, total)));
    }

    public Uni<Village> create(UUID actor, String unitCode, CreateVillageRequest request) {
        return changed(pool.withTransaction(tx -> Units.require(tx, unitCode)
                .chain(() -> insert(tx, actor, unitCode, request.name(), request.kind()))
                .chain(id -> villages.find(tx, unitCode, id))));
    }

    public Uni<Village> update(UUID actor, String unitCode, long id, UpdateVillageRequest request) {
        return changed(pool.withTransaction(tx -> existing(tx, unitCode, id)
                .call(before -> update(tx, actor, before, request.version(), request.name(), request.kind()))
                .chain(() -> villages.find(tx, unitCode, id))));
    }

    /** A new village of a unit that exists, audited ({@code village.created}) in the caller's transaction; its id. */
    Uni<Long> insert(SqlClient tx, UUID actor, String unitCode, String name, VillageKind kind) {
        return villages.insert(tx, unitCode, name, kind)
                .call(id -> audit.record(
                        tx,
                        actor,
                        "village.created",
                        "village",
                        id.toString(),
                        details("unitCode", unitCode, "name", name, "kind", kind.name())));
    }

    /**
     * A new name or kind (null: kept) of the village as it was read at {@code version}, audited
     * ({@code village.updated}) in the caller's transaction; 409 {@code edit_conflict} if it changed meanwhile.
     */
    Uni<Void> update(SqlClient tx, UUID actor, Village before, long version, String name, VillageKind kind) {
        return villages.update(tx, before.unitCode(), before.id(), version, name, kind)
                .invoke(VillageService::requireChanged)
                .chain(() -> audit.record(
                        tx,
                        actor,
                        "village.updated",
                        "village",
                        Long.toString(before.id()),
                        details(
                                "unitCode", before.unitCode(),
                                "name", name == null ? null : List.of(before.name(), name),
                                "kind",
                                        kind == null
                                                ? null
                                                : List.of(before.kind().name(), kind.name()))))
                .replaceWithVoid();
    }

    /**
     * Closes a village (its learners and figures stay with it; registration no longer offers it), merged into an
     * open village of the same unit when {@code mergedIntoId} is given.
     */
    public Uni<Village> close(UUID actor, String unitCode, long id, CloseVillageRequest request) {
        LocalDate closedOn =
                request.closedOn() != null ? request.closedOn() : LocalDate.ofInstant(clock.instant(), VIETNAM);
        return changed(pool.withTransaction(tx -> existing(tx, unitCode, id)
                .call(before -> {
                    if (before.closedOn() != null) {
                        throw new ApiException(StatusCode.CONFLICT, "village_closed");
                    }
                    return mergeTarget(tx, unitCode, id, request.mergedIntoId());
                })
                .call(() -> villages.setClosed(tx, unitCode, id, request.version(), closedOn, request.mergedIntoId())
                        .invoke(VillageService::requireChanged))
                .call(() -> audit.record(
                        tx,
                        actor,
                        "village.closed",
                        "village",
                        Long.toString(id),
                        details(
                                "unitCode",
                                unitCode,
                                "closedOn",
                                closedOn.toString(),
                                "mergedIntoId",
                                request.mergedIntoId())))
                .chain(() -> villages.find(tx, unitCode, id))));
    }

    public Uni<Village> reopen(UUID actor, String unitCode, long id, long version) {
        return changed(pool.withTransaction(tx -> existing(tx, unitCode, id)
                .call(before -> {
                    if (before.closedOn() == null) {
                        throw new ApiException(StatusCode.CONFLICT, "village_open");
                    }
                    return villages.setClosed(tx, unitCode, id, version, null, null)
                            .invoke(VillageService::requireChanged);
                })
                .call(() -> audit.record(
                        tx, actor, "village.reopened", "village", Long.toString(id), details("unitCode", unitCode)))
                .chain(() -> villages.find(tx, unitCode, id))));
    }

    private Uni<Village> existing(SqlClient tx, String unitCode, long id) {
        return Units.require(tx, unitCode)
                .chain(() -> villages.find(tx, unitCode, id))
                .invoke(found -> {
                    if (found == null) {
                        throw ApiException.notFound("village_not_found");
                    }
                });
    }

    private Uni<Void> mergeTarget(SqlClient tx, String unitCode, long id, Long mergedIntoId) {
        if (mergedIntoId == null) {
            return Uni.createFrom().voidItem();
        }
        if (mergedIntoId == id) {
            throw ApiException.invalid("mergedIntoId", "merge_target_invalid");
        }
        return villages.find(tx, unitCode, mergedIntoId)
                .invoke(target -> {
                    if (target == null || target.closedOn() != null) {
                        throw ApiException.invalid("mergedIntoId", "merge_target_invalid");
                    }
                })
                .replaceWithVoid();
    }

    private static void requireChanged(boolean changed) {
        if (!changed) {
            throw new ApiException(StatusCode.CONFLICT, "edit_conflict");
        }
    }

    /** The audit details: pairs of key and value, the null values left out. */
    private static Map<String, Object> details(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
