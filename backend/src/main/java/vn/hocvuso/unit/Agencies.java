package vn.hocvuso.unit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Rows;

/** The named queries of the agencies (read only; the organisation tree is edited by {@code organisation}). */
@ApplicationScoped
public class Agencies {

    /**
     * The open organisations of kind AGENCY, as this list answered before the organisation tree (schools and
     * enterprises are searched through {@code organisation.OrganisationResource}).
     */
    private static final String MATCH = """
            FROM agency
            WHERE kind = 'AGENCY' AND closed_on IS NULL
              AND ($1::text IS NULL OR search_key LIKE '%' || vn_fold($1::text) || '%')
            """;

    public Uni<List<Agency>> search(SqlClient client, String q, PageRequest page) {
        return client.preparedQuery(
                        "SELECT id, name " + MATCH + " ORDER BY name COLLATE vietnamese, id LIMIT $2 OFFSET $3")
                .execute(Tuple.of(q, page.size, page.offset()))
                .map(rows -> Rows.list(rows, Agencies::agency));
    }

    public Uni<Long> countMatching(SqlClient client, String q) {
        return client.preparedQuery("SELECT count(*) " + MATCH)
                .execute(Tuple.of(q))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** The agency, or null. */
    public Uni<Agency> find(SqlClient client, Long id) {
        return client.preparedQuery("SELECT id, name FROM agency WHERE id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : agency(rows.iterator().next()));
    }

    /** Whether the organisation is open (not closed): null when there is none of that id. */
    public Uni<Boolean> isOpen(SqlClient client, long id) {
        return client.preparedQuery("SELECT closed_on IS NULL FROM agency WHERE id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getBoolean(0));
    }

    /** The agency of that exact name, or null. */
    public Uni<Agency> findByName(SqlClient client, String name) {
        return client.preparedQuery("SELECT id, name FROM agency WHERE name = $1")
                .execute(Tuple.of(name))
                .map(rows -> rows.size() == 0 ? null : agency(rows.iterator().next()));
    }

    private static Agency agency(Row row) {
        return new Agency(row.getLong("id"), row.getString("name"));
    }
}
