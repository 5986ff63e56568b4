package vn.hocvuso.unit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Rows;

/** The named queries of the units (reference data, read only). */
@ApplicationScoped
public class Units {

    private static final String COLUMNS =
            "code, name, type, population, area_km2, former_names, arrangement, province_code";

    // Folding and collation happen in the database (vn_fold, COLLATE vietnamese: see V1__schema.sql),
    // so search and order are the same for every client and every replica.
    private static final String MATCH = """
            FROM unit
            WHERE ($1::text IS NULL OR search_key LIKE '%' || vn_fold($1::text) || '%')
              AND ($2::text IS NULL OR type = $2::text)
              AND ($3::text IS NULL OR province_code = $3::text)
            """;

    /** A page of the units matching {@code q} (folded), of {@code type}, in {@code province}: each null for any. */
    public Uni<List<Unit>> search(SqlClient client, String q, String type, String province, PageRequest page) {
        return client.preparedQuery("SELECT " + COLUMNS + " " + MATCH
                        + " ORDER BY name COLLATE vietnamese, code LIMIT $4 OFFSET $5")
                .execute(Tuple.of(q, type, province, page.size, page.offset()))
                .map(rows -> Rows.list(rows, Units::unit));
    }

    public Uni<Long> countMatching(SqlClient client, String q, String type, String province) {
        return client.preparedQuery("SELECT count(*) " + MATCH)
                .execute(Tuple.of(q, type, province))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * Nothing when a unit has this code; 404 {@code unit_not_found} naming the code when none has (a
     * well-formed code of no unit: the shape is {@link UnitCode}'s to check).
     */
    public static Uni<Void> require(SqlClient client, String code) {
        return client.preparedQuery("SELECT 1 FROM unit WHERE code = $1")
                .execute(Tuple.of(code))
                .invoke(rows -> {
                    if (rows.size() == 0) {
                        throw ApiException.notFound("unit_not_found", code);
                    }
                })
                .replaceWithVoid();
    }

    /** Which of these codes are units' (an import checks every row's code with one query). */
    public static Uni<Set<String>> existing(SqlClient client, Collection<String> codes) {
        return client.preparedQuery("SELECT code FROM unit WHERE code = ANY($1)")
                .execute(Tuple.of(codes.toArray(String[]::new)))
                .map(rows -> {
                    Set<String> found = new HashSet<>();
                    rows.forEach(r -> found.add(r.getString("code")));
                    return found;
                });
    }

    /** The unit, or null. */
    public Uni<Unit> find(SqlClient client, String code) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM unit WHERE code = $1")
                .execute(Tuple.of(code))
                .map(rows -> rows.size() == 0 ? null : unit(rows.iterator().next()));
    }

    private static Unit unit(Row row) {
        String[] formerNames = row.getArrayOfStrings("former_names");
        return new Unit(
                row.getString("code"),
                row.getString("name"),
                row.getString("type"),
                row.getInteger("population"),
                row.getBigDecimal("area_km2"),
                formerNames == null ? List.of() : List.of(formerNames),
                row.getString("arrangement"),
                row.getString("province_code"));
    }
}
