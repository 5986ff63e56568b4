package vn.hocvuso.stats;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.OneLine;
import vn.hocvuso.organisation.OrganisationViews.SchoolLevel;
import vn.hocvuso.province.ActingProvince;
import vn.hocvuso.security.Caller;
import vn.hocvuso.stats.StatsViews.TargetView;

/**
 * The provinces' plans as data: targets an administrator adds, changes and removes. Every target is one
 * province's (V141: there is no national target), so the national administrator keeps every province's and a
 * province administrator its own provinces' only ({@code administered}, from {@code Caller#administeredProvinces}:
 * null for every province); another province's target is not found to it (404 {@code target_not_found}). A new
 * target's province is the one the request acts on ({@link ActingProvince}).
 */
@ApplicationScoped
public class TargetService {

    public enum TargetGroup {
        ALL,
        ADULTS,
        CBCCVC,
        STUDENT,
        WORKER,
        CITIZEN
    }

    public enum TargetMetric {
        PARTICIPATION_RATE,
        CERTIFIED_RATE,
        LEARNER_COUNT,
        CERTIFIED_COUNT
    }

    /** Where a target applies: the province as a whole, or every unit, organisation of a kind, or village. */
    public enum TargetScope {
        PROVINCE,
        EACH_UNIT,
        EACH_AGENCY,
        EACH_SCHOOL,
        EACH_ENTERPRISE,
        EACH_VILLAGE
    }

    /** {@code schoolLevels}: the levels of schools (V88's {@code agency.school_level}) a student target is restricted to. */
    @TargetRules
    public record TargetRequest(
            @NotBlank @OneLine @Size(max = 200) String name,
            @NotNull TargetGroup learnerGroup,
            @NotNull TargetMetric metric,
            @NotNull BigDecimal value,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate deadline,
            @NotNull TargetScope scope,
            @Size(max = 5) List<@NotNull SchoolLevel> schoolLevels) {

        /** The levels as stored: none (or an empty list) means every level. */
        String[] storedLevels() {
            return schoolLevels == null || schoolLevels.isEmpty()
                    ? null
                    : schoolLevels.stream().distinct().sorted().map(Enum::name).toArray(String[]::new);
        }
    }

    private static final String COLUMNS =
            "id, name, learner_group, metric, value, starts_on, deadline, scope, school_levels";

    static final String CACHE = "stats-targets";

    /** The plan: every target, soonest deadline first, and the province each is for (V141). */
    public record Plan(List<TargetView> targets, Map<UUID, String> provinces) {

        /** The targets of these provinces; every target when {@code only} is null (a caller who sees all). */
        public List<TargetView> of(Set<String> only) {
            return only == null
                    ? targets
                    : targets.stream()
                            .filter(t -> only.contains(provinces.get(t.id())))
                            .toList();
        }

        static Plan of(RowSet<Row> rows) {
            List<TargetView> targets = new ArrayList<>();
            Map<UUID, String> provinces = new HashMap<>();
            rows.forEach(r -> {
                TargetView t = view(r);
                targets.add(t);
                provinces.put(t.id(), r.getString("province_code"));
            });
            return new Plan(List.copyOf(targets), Map.copyOf(provinces));
        }
    }

    private final Pool pool;
    private final AuditLog audit;
    /**
     * The plan changes rarely and every figure reads it: kept briefly (application.properties), forgotten
     * at once on this replica when it changes the plan, on the others after the cache's expiry.
     */
    private final Cache cache;

    private final ActingProvince acting;

    public TargetService(Pool pool, AuditLog audit, @CacheName(CACHE) Cache cache, ActingProvince acting) {
        this.pool = pool;
        this.acting = acting;
        this.audit = audit;
        this.cache = cache;
    }

    /** Every target, soonest deadline first; read on {@code db} (the caller's snapshot) when not cached. */
    public Uni<Plan> all(SqlClient db) {
        return cache.getAsync(
                cache.getDefaultKey(),
                key -> db.preparedQuery("SELECT " + COLUMNS
                                + ", province_code FROM target ORDER BY deadline, name COLLATE vietnamese, id")
                        .execute()
                        .map(Plan::of));
    }

    /**
     * The targets as they were defined at {@code moment} (V134's versions), soonest deadline first, read on
     * {@code db}: the figures as of a past day measure against the plan of that day, not today's.
     */
    public Uni<Plan> asOf(SqlClient db, Instant moment) {
        return db.preparedQuery("SELECT " + COLUMNS
                        + ", province_code FROM target_version"
                        + " WHERE valid_from <= $1 AND (valid_to IS NULL OR valid_to > $1)"
                        + " ORDER BY deadline, name COLLATE vietnamese, id")
                .execute(Tuple.of(moment.atOffset(ZoneOffset.UTC)))
                .map(Plan::of);
    }

    /**
     * A new target of the province the caller acts on ({@link ActingProvince}: {@code asked}, or by default the home
     * province for the national administrator, its one province for a province administrator; 400 on {@code
     * province} for one of several; 404 {@code province_not_found}; 403 for a province it does not administer).
     */
    public Uni<TargetView> create(Caller caller, String asked, TargetRequest request) {
        UUID actor = caller.userId();
        UUID id = Ids.newId();
        return acting.of(caller, asked)
                .chain(province -> pool.withTransaction(tx -> tx.preparedQuery("INSERT INTO target (" + COLUMNS
                                + ", province_code) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
                                + " RETURNING " + COLUMNS)
                        .execute(columns(id, request).addString(province))
                        .map(rows -> view(rows.iterator().next()))
                        .call(t -> audit.record(tx, actor, "target.created", "target", id.toString(), details(t)))))
                .call(cache::invalidateAll);
    }

    /** Changes a target of the provinces {@code administered} (null: any); 404 for any other. */
    public Uni<TargetView> update(UUID actor, Set<String> administered, UUID id, TargetRequest request) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                UPDATE target SET name = $2, learner_group = $3, metric = $4, value = $5, starts_on = $6, deadline = $7,
                                  scope = $8, school_levels = $9, updated_at = now()
                WHERE id = $1 AND ($10::text[] IS NULL OR province_code = ANY($10::text[]))
                RETURNING
                """ + COLUMNS)
                        .execute(columns(id, request).addValue(array(administered)))
                        .map(rows -> {
                            if (rows.size() == 0) {
                                throw ApiException.notFound("target_not_found");
                            }
                            return view(rows.iterator().next());
                        })
                        .call(t -> audit.record(tx, actor, "target.updated", "target", id.toString(), details(t))))
                .call(cache::invalidateAll);
    }

    /** Removes a target of the provinces {@code administered} (null: any); 404 for any other. */
    public Uni<Void> delete(UUID actor, Set<String> administered, UUID id) {
        return pool.withTransaction(tx -> tx.preparedQuery("DELETE FROM target WHERE id = $1"
                                + " AND ($2::text[] IS NULL OR province_code = ANY($2::text[])) RETURNING " + COLUMNS)
                        .execute(Tuple.of(id, array(administered)))
                        .map(rows -> {
                            if (rows.size() == 0) {
                                throw ApiException.notFound("target_not_found");
                            }
                            return view(rows.iterator().next());
                        })
                        .call(t -> audit.record(tx, actor, "target.deleted", "target", id.toString(), details(t)))
                        .replaceWithVoid())
                .call(cache::invalidateAll);
    }

    private static String[] array(Set<String> provinces) {
        return provinces == null ? null : provinces.toArray(String[]::new);
    }

    static TargetView view(Row r) {
        return new TargetView(
                r.getUUID("id"),
                r.getString("name"),
                r.getString("learner_group"),
                r.getString("metric"),
                r.getBigDecimal("value").doubleValue(),
                r.getLocalDate("starts_on"),
                r.getLocalDate("deadline"),
                r.getString("scope"),
                levels(r.getArrayOfStrings("school_levels")));
    }

    private static List<String> levels(String[] stored) {
        return stored == null ? null : List.of(stored);
    }

    private static Map<String, Object> details(TargetView t) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", t.name());
        d.put("learnerGroup", t.learnerGroup());
        d.put("metric", t.metric());
        d.put("value", t.value());
        d.put("startsOn", t.startsOn().toString());
        d.put("deadline", t.deadline().toString());
        d.put("scope", t.scope());
        d.put("schoolLevels", t.schoolLevels());
        return d;
    }

    /** A target's columns in the order of {@link #COLUMNS}, for both the insert and the update. */
    private static Tuple columns(UUID id, TargetRequest request) {
        return Tuple.from(Arrays.asList(
                id,
                request.name(),
                request.learnerGroup().name(),
                request.metric().name(),
                request.value(),
                request.startsOn(),
                request.deadline(),
                request.scope().name(),
                request.storedLevels()));
    }
}
