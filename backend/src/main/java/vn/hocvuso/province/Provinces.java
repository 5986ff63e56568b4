package vn.hocvuso.province;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** The named queries of the provinces (reference data, read only through the API). */
@ApplicationScoped
public class Provinces {

    /** The columns {@link #province(Row)} reads, for a query that joins the province to what it selects. */
    public static final String COLUMNS = """
            p.code AS province_code, p.gso_code AS province_gso_code, p.name AS province_name,
            p.kind AS province_kind, p.committee_name AS province_committee_name,
            p.issuer_name AS province_issuer_name, p.hotline AS province_hotline,
            p.primary_color AS province_primary_color, p.synthetic AS province_synthetic,
            p.plan_reference AS province_plan_reference
            """;

    /** Every province, real ones first, then by name in Vietnamese order. */
    public Uni<List<Province>> all(SqlClient client) {
        return client.query("SELECT " + COLUMNS
                        + " FROM province p ORDER BY p.synthetic, p.name COLLATE vietnamese, p.code")
                .execute()
                .map(rows -> {
                    List<Province> provinces = new ArrayList<>();
                    rows.forEach(row -> provinces.add(province(row)));
                    return provinces;
                });
    }

    /** The province, or null. */
    public Uni<Province> find(SqlClient client, String code) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM province p WHERE p.code = $1")
                .execute(Tuple.of(code))
                .map(rows -> rows.size() == 0 ? null : province(rows.iterator().next()));
    }

    /** The province of a row that selected {@link #COLUMNS}. */
    public static Province province(Row row) {
        return new Province(
                row.getString("province_code"),
                row.getString("province_gso_code"),
                row.getString("province_name"),
                row.getString("province_kind"),
                row.getString("province_committee_name"),
                row.getString("province_issuer_name"),
                row.getString("province_hotline"),
                row.getString("province_primary_color"),
                row.getBoolean("province_synthetic"),
                row.getString("province_plan_reference"));
    }
}
