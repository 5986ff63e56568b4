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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.OneLine;
import vn.hocvuso.stats.StatsViews.AgencyDenominator;
import vn.hocvuso.stats.StatsViews.AgencyDenominatorList;
import vn.hocvuso.stats.StatsViews.UnitDenominator;
import vn.hocvuso.stats.StatsViews.UnitDenominatorList;
import vn.hocvuso.stats.StatsViews.VillageDenominator;
import vn.hocvuso.stats.StatsViews.VillageDenominatorList;

/**
 * Denominators, versioned by the date from which they hold. Setting the same date again replaces that
 * version, so a repeated request (or a re-imported file) changes nothing.
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
            implements AdultsWithinPopulation.Populations {}

    /** An organisation's headcounts: public servants of any; students of a school; workers of an enterprise. */
    public record AgencyDenominatorRequest(
            @NotNull LocalDate validFrom,
            @Min(0) Integer publicServants,
            @Min(0) Integer students,
            @Min(0) Integer workers,
            @NotNull Boolean estimated,
            @NotBlank @OneLine @Size(max = 500) String source) {}

    @AdultsWithinPopulation
    public record VillageDenominatorRequest(
            @NotNull LocalDate validFrom,
            @Min(0) Integer population,
            @Min(0) Integer adultPopulation,
            @NotNull Boolean estimated,
            @NotBlank @OneLine @Size(max = 500) String source)
            implements AdultsWithinPopulation.Populations {}

    private final Pool pool;
    private final AuditLog audit;
    private final StatsData data;

    public DenominatorService(Pool pool, AuditLog audit, StatsData data) {
        this.pool = pool;
        this.audit = audit;
        this.data = data;
    }

    public Uni<UnitDenominatorList> unitHistory(String code) {
        return pool.withConnection(c -> requireUnit(c, code).chain(() -> unitHistory(c, code)));
    }

    public Uni<UnitDenominatorList> putUnit(UUID actor, String code, UnitDenominatorRequest r) {
        return pool.withTransaction(tx -> requireUnit(tx, code)
                        .chain(() -> upsertUnit(tx, actor, code, r, "api"))
                        .chain(() -> unitHistory(tx, code)))
                .call(data::denominatorsChanged);
    }

    /** Records (or replaces) the version of that date and audits it, in the caller's transaction. */
    Uni<Void> upsertUnit(SqlClient tx, UUID actor, String code, UnitDenominatorRequest r, String via) {
        return tx.preparedQuery("""
                INSERT INTO unit_denominator (unit_code, valid_from, population, adult_population, public_servants,
                                              estimated, source, recorded_by)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT (unit_code, valid_from) DO UPDATE SET population = EXCLUDED.population,
                    adult_population = EXCLUDED.adult_population, public_servants = EXCLUDED.public_servants,
                    estimated = EXCLUDED.estimated, source = EXCLUDED.source, recorded_at = now(),
                    recorded_by = EXCLUDED.recorded_by
                """)
                .execute(Tuple.from(Arrays.asList(
                        code,
                        r.validFrom(),
                        r.population(),
                        r.adultPopulation(),
                        r.publicServants(),
                        r.estimated(),
                        r.source(),
                        actor)))
                .call(() -> audit.record(
                        tx,
                        actor,
                        "denominator.unit.set",
                        "unit",
                        code,
                        details(
                                "validFrom",
                                r.validFrom().toString(),
                                "population",
                                r.population(),
                                "adultPopulation",
                                r.adultPopulation(),
                                "publicServants",
                                r.publicServants(),
                                "estimated",
                                r.estimated(),
                                "source",
                                r.source(),
                                "via",
                                via)))
                .replaceWithVoid();
    }

    public Uni<AgencyDenominatorList> agencyHistory(long id) {
        return pool.withConnection(c -> requireAgency(c, id).chain(kind -> agencyHistory(c, id)));
    }

    public Uni<AgencyDenominatorList> putAgency(UUID actor, long id, AgencyDenominatorRequest r) {
        return pool.withTransaction(tx -> requireAgency(tx, id)
                        .invoke(kind -> {
                            String field = headcountNotOfKind(kind, r);
                            if (field != null) {
                                throw ApiException.invalid(field, field + "_not_of_this_organisation");
                            }
                        })
                        .chain(kind -> upsertAgency(tx, actor, id, r, "api"))
                        .chain(() -> agencyHistory(tx, id)))
                .call(data::denominatorsChanged);
    }

    Uni<Void> upsertAgency(SqlClient tx, UUID actor, long id, AgencyDenominatorRequest r, String via) {
        return tx.preparedQuery("""
                INSERT INTO agency_denominator (agency_id, valid_from, public_servants, students, workers, estimated,
                                                source, recorded_by)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT (agency_id, valid_from) DO UPDATE SET public_servants = EXCLUDED.public_servants,
                    students = EXCLUDED.students, workers = EXCLUDED.workers,
                    estimated = EXCLUDED.estimated, source = EXCLUDED.source, recorded_at = now(),
                    recorded_by = EXCLUDED.recorded_by
                """)
                .execute(Tuple.from(Arrays.asList(
                        id,
                        r.validFrom(),
                        r.publicServants(),
                        r.students(),
                        r.workers(),
                        r.estimated(),
                        r.source(),
                        actor)))
                .call(() -> audit.record(
                        tx,
                        actor,
                        "denominator.agency.set",
                        "agency",
                        Long.toString(id),
                        details(
                                "validFrom",
                                r.validFrom().toString(),
                                "publicServants",
                                r.publicServants(),
                                "students",
                                r.students(),
                                "workers",
                                r.workers(),
                                "estimated",
                                r.estimated(),
                                "source",
                                r.source(),
                                "via",
                                via)))
                .replaceWithVoid();
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

    public Uni<VillageDenominatorList> villageHistory(long id) {
        return pool.withConnection(c -> requireVillage(c, id).chain(() -> villageHistory(c, id)));
    }

    public Uni<VillageDenominatorList> putVillage(UUID actor, long id, VillageDenominatorRequest r) {
        return pool.withTransaction(tx -> requireVillage(tx, id)
                        .chain(() -> upsertVillage(tx, actor, id, r, "api"))
                        .chain(() -> villageHistory(tx, id)))
                .call(data::denominatorsChanged);
    }

    Uni<Void> upsertVillage(SqlClient tx, UUID actor, long id, VillageDenominatorRequest r, String via) {
        return tx.preparedQuery("""
                INSERT INTO village_denominator (village_id, valid_from, population, adult_population, estimated, source,
                                                 recorded_by)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT (village_id, valid_from) DO UPDATE SET population = EXCLUDED.population,
                    adult_population = EXCLUDED.adult_population, estimated = EXCLUDED.estimated,
                    source = EXCLUDED.source, recorded_at = now(), recorded_by = EXCLUDED.recorded_by
                """)
                .execute(Tuple.from(Arrays.asList(
                        id, r.validFrom(), r.population(), r.adultPopulation(), r.estimated(), r.source(), actor)))
                .call(() -> audit.record(
                        tx,
                        actor,
                        "denominator.village.set",
                        "village",
                        Long.toString(id),
                        details(
                                "validFrom",
                                r.validFrom().toString(),
                                "population",
                                r.population(),
                                "adultPopulation",
                                r.adultPopulation(),
                                "estimated",
                                r.estimated(),
                                "source",
                                r.source(),
                                "via",
                                via)))
                .replaceWithVoid();
    }

    private static Uni<Void> requireVillage(SqlClient c, long id) {
        return requireRow(
                        c, "SELECT id FROM village WHERE id = $1", id, () -> ApiException.notFound("village_not_found"))
                .replaceWithVoid();
    }

    private static Uni<VillageDenominatorList> villageHistory(SqlClient c, long id) {
        return c.preparedQuery("""
                SELECT valid_from, population, adult_population, estimated, source, recorded_at
                FROM village_denominator WHERE village_id = $1 ORDER BY valid_from DESC
                """).execute(Tuple.of(id)).map(rows -> {
            List<VillageDenominator> items = new ArrayList<>();
            rows.forEach(r -> items.add(new VillageDenominator(
                    r.getLocalDate(0),
                    r.getInteger(1),
                    r.getInteger(2),
                    r.getBoolean(3),
                    r.getString(4),
                    r.getOffsetDateTime(5).toInstant())));
            return new VillageDenominatorList(id, items);
        });
    }

    private static Uni<Void> requireUnit(SqlClient c, String code) {
        return requireRow(
                        c,
                        "SELECT code FROM unit WHERE code = $1",
                        code,
                        () -> ApiException.notFound("unit_not_found", code))
                .replaceWithVoid();
    }

    /** The organisation's kind, or 404. */
    private static Uni<String> requireAgency(SqlClient c, long id) {
        return requireRow(
                c, "SELECT kind FROM agency WHERE id = $1", id, () -> ApiException.notFound("agency_not_found"));
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
        return c.preparedQuery("""
                SELECT valid_from, population, adult_population, public_servants, estimated, source, recorded_at
                FROM unit_denominator WHERE unit_code = $1 ORDER BY valid_from DESC
                """).execute(Tuple.of(code)).map(rows -> {
            List<UnitDenominator> items = new ArrayList<>();
            rows.forEach(r -> items.add(new UnitDenominator(
                    r.getLocalDate(0),
                    r.getInteger(1),
                    r.getInteger(2),
                    r.getInteger(3),
                    r.getBoolean(4),
                    r.getString(5),
                    r.getOffsetDateTime(6).toInstant())));
            return new UnitDenominatorList(code, items);
        });
    }

    private static Uni<AgencyDenominatorList> agencyHistory(SqlClient c, long id) {
        return c.preparedQuery("""
                SELECT valid_from, public_servants, students, workers, estimated, source, recorded_at
                FROM agency_denominator WHERE agency_id = $1 ORDER BY valid_from DESC
                """).execute(Tuple.of(id)).map(rows -> {
            List<AgencyDenominator> items = new ArrayList<>();
            rows.forEach(r -> items.add(new AgencyDenominator(
                    r.getLocalDate(0),
                    r.getInteger(1),
                    r.getInteger(2),
                    r.getInteger(3),
                    r.getBoolean(4),
                    r.getString(5),
                    r.getOffsetDateTime(6).toInstant())));
            return new AgencyDenominatorList(id, items);
        });
    }

    private static Map<String, Object> details(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
