package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.OneLine;
import vn.hocvuso.security.Reach;
import vn.hocvuso.stats.StatsViews.AgencyDenominator;
import vn.hocvuso.stats.StatsViews.AgencyDenominatorList;
import vn.hocvuso.stats.StatsViews.UnitDenominator;
import vn.hocvuso.stats.StatsViews.UnitDenominatorList;
import vn.hocvuso.stats.StatsViews.VillageDenominator;
import vn.hocvuso.stats.StatsViews.VillageDenominatorList;
import vn.hocvuso.unit.Units;

/**
 * Denominators, versioned by the date from which they hold. Setting the same date again replaces that
 * version, so a repeated request (or a re-imported file) changes nothing. Each request's place must be within
 * the caller's {@link Reach} ({@code Caller#administered}: every place for the national administrator, its
 * provinces' for a province administrator): a place outside it is not found (404), as an unknown one is.
 */
@ApplicationScoped
public class DenominatorService {

    @AdultsWithinPopulation
    public record UnitDenominatorRequest(
            @NotNull LocalDate validFrom,
            @Min(0) Integer population,
            @Min(0) Integer adultPopulation,
            @Min(0) Integer publicServants,
            @NotNull Boolean estimated,
            @NotBlank @OneLine @Size(max = 500) String source)
            implements AdultsWithinPopulation.Populations, Version {}

    /** An organisation's headcounts: public servants of any; students of a school; workers of an enterprise. */
    public record AgencyDenominatorRequest(
            @NotNull LocalDate validFrom,
            @Min(0) Integer publicServants,
            @Min(0) Integer students,
            @Min(0) Integer workers,
            @NotNull Boolean estimated,
            @NotBlank @OneLine @Size(max = 500) String source)
            implements Version {}

    @AdultsWithinPopulation
    public record VillageDenominatorRequest(
            @NotNull LocalDate validFrom,
            @Min(0) Integer population,
            @Min(0) Integer adultPopulation,
            @NotNull Boolean estimated,
            @NotBlank @OneLine @Size(max = 500) String source)
            implements AdultsWithinPopulation.Populations, Version {}

    private final Pool pool;
    private final AuditLog audit;
    private final StatsData data;

    public DenominatorService(Pool pool, AuditLog audit, StatsData data) {
        this.pool = pool;
        this.audit = audit;
        this.data = data;
    }

    public Uni<UnitDenominatorList> unitHistory(Reach reach, String code) {
        return read(c -> requireUnit(c, reach, code), c -> unitHistory(c, code));
    }

    public Uni<UnitDenominatorList> putUnit(UUID actor, Reach reach, String code, UnitDenominatorRequest r) {
        return put(
                tx -> requireUnit(tx, reach, code),
                tx -> upsertUnit(tx, actor, code, r, "api"),
                tx -> unitHistory(tx, code));
    }

    /** Records (or replaces) the version of that date and audits it, in the caller's transaction. */
    Uni<Void> upsertUnit(SqlClient tx, UUID actor, String code, UnitDenominatorRequest r, String via) {
        return upsert(tx, Table.UNIT, actor, code, r, via, r.population(), r.adultPopulation(), r.publicServants());
    }

    public Uni<AgencyDenominatorList> agencyHistory(Reach reach, long id) {
        return read(c -> requireAgency(c, reach, id), c -> agencyHistory(c, id));
    }

    public Uni<AgencyDenominatorList> putAgency(UUID actor, Reach reach, long id, AgencyDenominatorRequest r) {
        return put(
                tx -> requireAgency(tx, reach, id).invoke(kind -> {
                    String field = headcountNotOfKind(kind, r);
                    if (field != null) {
                        throw ApiException.invalid(field, field + "_not_of_this_organisation");
                    }
                }),
                tx -> upsertAgency(tx, actor, id, r, "api"),
                tx -> agencyHistory(tx, id));
    }

    Uni<Void> upsertAgency(SqlClient tx, UUID actor, long id, AgencyDenominatorRequest r, String via) {
        return upsert(tx, Table.AGENCY, actor, id, r, via, r.publicServants(), r.students(), r.workers());
    }

    /**
     * The headcount a request gives that this kind of organisation does not have (students are a
     * school's, workers an enterprise's), or null.
     */
    static String headcountNotOfKind(String kind, AgencyDenominatorRequest r) {
        if (r.students() != null && !"SCHOOL".equals(kind)) {
            return "students";
        }
        if (r.workers() != null && !"ENTERPRISE".equals(kind)) {
            return "workers";
        }
        return null;
    }

    public Uni<VillageDenominatorList> villageHistory(Reach reach, long id) {
        return read(c -> requireVillage(c, reach, id), c -> villageHistory(c, id));
    }

    public Uni<VillageDenominatorList> putVillage(UUID actor, Reach reach, long id, VillageDenominatorRequest r) {
        return put(
                tx -> requireVillage(tx, reach, id),
                tx -> upsertVillage(tx, actor, id, r, "api"),
                tx -> villageHistory(tx, id));
    }

    /** A place's history, once {@code require} has found the place within the caller's reach. */
    private <L> Uni<L> read(Function<SqlClient, Uni<?>> require, Function<SqlClient, Uni<L>> history) {
        return pool.withConnection(c -> require.apply(c).chain(() -> history.apply(c)));
    }

    /**
     * One place's new version, in one transaction: {@code require} finds the place within the caller's reach (and
     * checks the request against it), {@code write} records the version, and the answer is the place's history; the
     * statistics' denominators are told after the commit.
     */
    private <L> Uni<L> put(
            Function<SqlClient, Uni<?>> require,
            Function<SqlClient, Uni<Void>> write,
            Function<SqlClient, Uni<L>> history) {
        return pool.withTransaction(
                        tx -> require.apply(tx).chain(() -> write.apply(tx)).chain(() -> history.apply(tx)))
                .call(data::denominatorsChanged);
    }

    Uni<Void> upsertVillage(SqlClient tx, UUID actor, long id, VillageDenominatorRequest r, String via) {
        return upsert(tx, Table.VILLAGE, actor, id, r, via, r.population(), r.adultPopulation());
    }

    /**
     * Writes a version into its table ({@code ON CONFLICT} on the key and date replaces that date's) and
     * audits it as {@code denominator.<entity>.set} with every figure, in the caller's transaction.
     */
    private Uni<Void> upsert(
            SqlClient tx, Table table, UUID actor, Object key, Version v, String via, Integer... counts) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(key);
        arguments.add(v.validFrom());
        arguments.addAll(Arrays.asList(counts));
        arguments.addAll(Arrays.asList(v.estimated(), v.source(), actor));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("validFrom", v.validFrom().toString());
        for (int i = 0; i < table.fields.size(); i++) {
            details.put(table.fields.get(i), counts[i]);
        }
        details.put("estimated", v.estimated());
        details.put("source", v.source());
        details.put("via", via);
        return tx.preparedQuery(table.upsert)
                .execute(Tuple.from(arguments))
                .call(() -> audit.record(
                        tx, actor, "denominator." + table.entity + ".set", table.entity, String.valueOf(key), details))
                .replaceWithVoid();
    }

    /** A place's versions, newest first, each as {@code view} makes it. */
    private static <V> Uni<List<V>> history(SqlClient c, Table table, Object key, View<V> view) {
        int n = table.columns.size();
        return c.preparedQuery(table.history).execute(Tuple.of(key)).map(rows -> {
            List<V> items = new ArrayList<>();
            rows.forEach(r -> items.add(view.of(
                    r.getLocalDate(0),
                    r.getInteger(1),
                    r.getInteger(2),
                    n > 2 ? r.getInteger(3) : null,
                    r.getBoolean(n + 1),
                    r.getString(n + 2),
                    r.getOffsetDateTime(n + 3).toInstant())));
            return items;
        });
    }

    /** The unit, if {@code reach} covers it; 404 {@code unit_not_found} otherwise (another province's too). */
    private static Uni<Void> requireUnit(SqlClient c, Reach reach, String code) {
        if (!reach.coversUnit(code)) {
            return Uni.createFrom().failure(ApiException.notFound("unit_not_found", code));
        }
        return Units.require(c, code);
    }

    /** The village, if {@code reach} covers its unit; 404 {@code village_not_found} otherwise. */
    private static Uni<Void> requireVillage(SqlClient c, Reach reach, long id) {
        Supplier<ApiException> missing = () -> ApiException.notFound("village_not_found");
        return requireRow(c, "SELECT unit_code FROM village WHERE id = $1", id, missing)
                .invoke(unit -> {
                    if (!reach.coversUnit(unit)) {
                        throw missing.get();
                    }
                })
                .replaceWithVoid();
    }

    private static Uni<VillageDenominatorList> villageHistory(SqlClient c, long id) {
        return history(
                        c,
                        Table.VILLAGE,
                        id,
                        (from, population, adults, none, estimated, source, at) ->
                                new VillageDenominator(from, population, adults, estimated, source, at))
                .map(items -> new VillageDenominatorList(id, items));
    }

    /** The organisation's kind, if {@code reach} covers it; 404 {@code agency_not_found} otherwise. */
    private static Uni<String> requireAgency(SqlClient c, Reach reach, long id) {
        Supplier<ApiException> missing = () -> ApiException.notFound("agency_not_found");
        if (!reach.coversAgency(id)) {
            return Uni.createFrom().failure(missing.get());
        }
        return requireRow(c, "SELECT kind FROM agency WHERE id = $1", id, missing);
    }

    /** The first column of the row {@code sql} finds by {@code key}, or {@code missing} thrown. */
    private static Uni<String> requireRow(SqlClient c, String sql, Object key, Supplier<ApiException> missing) {
        return c.preparedQuery(sql).execute(Tuple.of(key)).map(rows -> {
            if (rows.size() == 0) {
                throw missing.get();
            }
            return String.valueOf(rows.iterator().next().getValue(0));
        });
    }

    private static Uni<UnitDenominatorList> unitHistory(SqlClient c, String code) {
        return history(c, Table.UNIT, code, UnitDenominator::new).map(items -> new UnitDenominatorList(code, items));
    }

    private static Uni<AgencyDenominatorList> agencyHistory(SqlClient c, long id) {
        return history(c, Table.AGENCY, id, AgencyDenominator::new).map(items -> new AgencyDenominatorList(id, items));
    }

    /** What every request for a version says besides its headcounts: from when, whether estimated, from where. */
    interface Version {
        LocalDate validFrom();

        Boolean estimated();

        String source();
    }

    /** A stored version's view, from its date, its headcounts in the table's order (null past them), how it was set. */
    @FunctionalInterface
    private interface View<V> {
        V of(
                LocalDate validFrom,
                Integer first,
                Integer second,
                Integer third,
                boolean estimated,
                String source,
                Instant recordedAt);
    }

    /**
     * A denominator table ({@code <entity>_denominator}): the key of what it counts, and its headcount
     * columns with the names the API and the audit give them. The three tables are alike but for these,
     * so one statement of each kind serves them all: for {@code UNIT}, {@code INSERT INTO unit_denominator
     * (unit_code, valid_from, population, adult_population, public_servants, estimated, source, recorded_by)
     * VALUES ($1, …, $8) ON CONFLICT (unit_code, valid_from) DO UPDATE SET population = EXCLUDED.population,
     * …, recorded_at = now(), recorded_by = EXCLUDED.recorded_by} and {@code SELECT valid_from, population,
     * adult_population, public_servants, estimated, source, recorded_at FROM unit_denominator WHERE unit_code
     * = $1 ORDER BY valid_from DESC}.
     */
    private enum Table {
        UNIT(
                "unit",
                "unit_code",
                List.of("population", "adult_population", "public_servants"),
                List.of("population", "adultPopulation", "publicServants")),
        AGENCY(
                "agency",
                "agency_id",
                List.of("public_servants", "students", "workers"),
                List.of("publicServants", "students", "workers")),
        VILLAGE(
                "village",
                "village_id",
                List.of("population", "adult_population"),
                List.of("population", "adultPopulation"));

        final String entity;
        final List<String> columns;
        final List<String> fields;
        final String upsert;
        final String history;

        Table(String entity, String key, List<String> columns, List<String> fields) {
            this.entity = entity;
            this.columns = columns;
            this.fields = fields;
            String table = entity + "_denominator";
            String names = String.join(", ", columns);
            StringBuilder values = new StringBuilder();
            for (int i = 1; i <= columns.size() + 5; i++) {
                values.append(i == 1 ? "$" : ", $").append(i);
            }
            StringBuilder replaced = new StringBuilder();
            for (String column : columns) {
                replaced.append(column).append(" = EXCLUDED.").append(column).append(", ");
            }
            this.upsert = "INSERT INTO " + table + " (" + key + ", valid_from, " + names
                    + ", estimated, source, recorded_by) VALUES (" + values + ") ON CONFLICT (" + key
                    + ", valid_from) DO UPDATE SET " + replaced
                    + "estimated = EXCLUDED.estimated, source = EXCLUDED.source, recorded_at = now(),"
                    + " recorded_by = EXCLUDED.recorded_by";
            this.history = "SELECT valid_from, " + names + ", estimated, source, recorded_at FROM " + table + " WHERE "
                    + key + " = $1 ORDER BY valid_from DESC";
        }
    }
}
