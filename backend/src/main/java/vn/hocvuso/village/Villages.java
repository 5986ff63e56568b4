package vn.hocvuso.village;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.village.VillageViews.Village;
import vn.hocvuso.village.VillageViews.VillageOption;

/**
 * The named queries of villages. Search ignores case and diacritics ({@code search_key}, {@code vn_fold}), lists
 * sort in Vietnamese order; a village is always read within its unit, so another unit's id finds nothing.
 */
@ApplicationScoped
public class Villages {

    private static final String OPEN_MATCH = """
            FROM village v
            WHERE v.unit_code = $1 AND v.closed_on IS NULL
              AND ($2::text IS NULL OR v.search_key LIKE '%' || vn_fold($2::text) || '%')
            """;

    private static final String ALL_MATCH = """
            FROM village v
            WHERE v.unit_code = $1
              AND ($2::text IS NULL OR v.search_key LIKE '%' || vn_fold($2::text) || '%')
              AND ($3 OR v.closed_on IS NULL)
            """;

    private static final String COLUMNS = """
            SELECT v.id, v.unit_code, v.name, v.kind, v.closed_on, v.merged_into_id, v.version,
                   (SELECT m.name FROM village m WHERE m.id = v.merged_into_id) AS merged_into_name,
                   (SELECT coalesce(sum(s.learners), 0) FROM stat_village_learners s WHERE s.village_id = v.id) AS learners
            """;

    /** Open villages of a unit matching {@code q} (already LIKE-escaped), by name. */
    public Uni<List<VillageOption>> searchOpen(SqlClient client, String unitCode, String q, PageRequest page) {
        return client.preparedQuery("SELECT v.id, v.name, v.kind " + OPEN_MATCH
                        + " ORDER BY v.name COLLATE vietnamese, v.id LIMIT $3 OFFSET $4")
                .execute(Tuple.of(unitCode, q, page.size, page.offset()))
                .map(rows -> {
                    List<VillageOption> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new VillageOption(
                            r.getLong("id"), r.getString("name"), VillageKind.valueOf(r.getString("kind")))));
                    return out;
                });
    }

    public Uni<Long> countOpen(SqlClient client, String unitCode, String q) {
        return client.preparedQuery("SELECT count(*) " + OPEN_MATCH)
                .execute(Tuple.of(unitCode, q))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** A unit's villages for its managers: open ones, and closed ones too when asked; open first, then by name. */
    public Uni<List<Village>> search(
            SqlClient client, String unitCode, String q, boolean withClosed, PageRequest page) {
        return client.preparedQuery(COLUMNS + ALL_MATCH
                        + " ORDER BY v.closed_on IS NOT NULL, v.name COLLATE vietnamese, v.id LIMIT $4 OFFSET $5")
                .execute(Tuple.of(unitCode, q, withClosed, page.size, page.offset()))
                .map(Villages::all);
    }

    public Uni<Long> count(SqlClient client, String unitCode, String q, boolean withClosed) {
        return client.preparedQuery("SELECT count(*) " + ALL_MATCH)
                .execute(Tuple.of(unitCode, q, withClosed))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** The village of that unit, or null. */
    public Uni<Village> find(SqlClient client, String unitCode, long id) {
        return client.preparedQuery(COLUMNS + " FROM village v WHERE v.id = $1 AND v.unit_code = $2")
                .execute(Tuple.of(id, unitCode))
                .map(rows -> rows.size() == 0 ? null : village(rows.iterator().next()));
    }

    /** The village, whatever its unit, or null: for checking a learner's choice. */
    public Uni<Village> find(SqlClient client, long id) {
        return client.preparedQuery(COLUMNS + " FROM village v WHERE v.id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : village(rows.iterator().next()));
    }

    /** Every village, open or closed, of these units: what an import compares its rows with. */
    public Uni<List<Village>> ofUnits(SqlClient client, Collection<String> unitCodes) {
        return client.preparedQuery(COLUMNS + " FROM village v WHERE v.unit_code = ANY($1)")
                .execute(Tuple.of(unitCodes.toArray(String[]::new)))
                .map(Villages::all);
    }

    /** A new village; its id. A name the unit already has (ignoring case and diacritics) is the index's 409. */
    public Uni<Long> insert(SqlClient client, String unitCode, String name, VillageKind kind) {
        return client.preparedQuery("INSERT INTO village (unit_code, name, kind) VALUES ($1, $2, $3) RETURNING id")
                .execute(Tuple.of(unitCode, name, kind.name()))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Renames or re-kinds the village if it is still at {@code version}; whether it was. */
    public Uni<Boolean> update(
            SqlClient client, String unitCode, long id, long version, String name, VillageKind kind) {
        return changed(client.preparedQuery("""
                        UPDATE village SET name = coalesce($4, name), kind = coalesce($5, kind),
                               version = version + 1, updated_at = now()
                        WHERE id = $1 AND unit_code = $2 AND version = $3
                        """)
                .execute(Tuple.of(id, unitCode, version, name, kind == null ? null : kind.name())));
    }

    /** Closes (or, with nulls, reopens) the village if it is still at {@code version}; whether it was. */
    public Uni<Boolean> setClosed(
            SqlClient client, String unitCode, long id, long version, LocalDate closedOn, Long mergedIntoId) {
        return changed(client.preparedQuery("""
                        UPDATE village SET closed_on = $4, merged_into_id = $5, version = version + 1, updated_at = now()
                        WHERE id = $1 AND unit_code = $2 AND version = $3
                        """)
                .execute(Tuple.tuple()
                        .addLong(id)
                        .addString(unitCode)
                        .addLong(version)
                        .addLocalDate(closedOn)
                        .addLong(mergedIntoId)));
    }

    private static Uni<Boolean> changed(Uni<RowSet<Row>> update) {
        return update.map(rows -> rows.rowCount() == 1);
    }

    private static List<Village> all(RowSet<Row> rows) {
        List<Village> out = new ArrayList<>();
        rows.forEach(r -> out.add(village(r)));
        return out;
    }

    private static Village village(Row r) {
        return new Village(
                r.getLong("id"),
                r.getString("unit_code"),
                r.getString("name"),
                VillageKind.valueOf(r.getString("kind")),
                r.getLocalDate("closed_on"),
                r.getLong("merged_into_id"),
                r.getString("merged_into_name"),
                r.getLong("learners"),
                r.getLong("version"));
    }
}
