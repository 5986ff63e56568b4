package vn.hocvuso.organisation;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.organisation.OrganisationViews.OrganisationDetail;
import vn.hocvuso.organisation.OrganisationViews.OrganisationRequest;

/** The named queries of the organisation tree (the {@code agency} table, V88). */
@ApplicationScoped
public class Organisations {

    /**
     * Which organisations a list shows; every part optional. {@code within}: only these organisations (a province
     * administrator's, {@code security.Reach#agencies}); null for no such limit.
     */
    public record Filter(
            String q,
            String kind,
            String level,
            String unitCode,
            Long parentId,
            boolean rootsOnly,
            String status,
            String province,
            Set<Long> within) {

        Tuple tuple() {
            Long[] ids = within == null ? null : within.toArray(Long[]::new);
            return Tuple.from(Arrays.asList(q, kind, level, unitCode, parentId, rootsOnly, status, province, ids));
        }
    }

    /** How a list is sorted: a whitelisted ORDER BY, names in Vietnamese collation. */
    public enum Sort {
        NAME("a.name COLLATE vietnamese, a.id"),
        NAME_DESC("a.name COLLATE vietnamese DESC, a.id DESC"),
        UPDATED("a.updated_at DESC, a.id DESC");

        final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    private static final String DETAIL = """
            SELECT a.id, a.name, a.kind, a.school_level, a.unit_code, u.name AS unit_name, a.parent_id,
                   p.name AS parent_name, a.opened_on, a.closed_on, a.merged_into_id, m.name AS merged_into_name,
                   (SELECT count(*) FROM agency c WHERE c.parent_id = a.id AND c.closed_on IS NULL) AS open_children,
                   a.version, a.updated_at, a.province_code
            FROM agency a
            LEFT JOIN agency p ON p.id = a.parent_id
            LEFT JOIN agency m ON m.id = a.merged_into_id
            LEFT JOIN unit u ON u.code = a.unit_code
            """;

    private static final String MATCH = """
            WHERE ($1::text IS NULL OR a.search_key LIKE '%' || vn_fold($1::text) || '%')
              AND ($2::text IS NULL OR a.kind = $2)
              AND ($3::text IS NULL OR a.school_level = $3)
              AND ($4::text IS NULL OR a.unit_code = $4)
              AND ($5::bigint IS NULL OR a.parent_id = $5)
              AND (NOT $6 OR a.parent_id IS NULL)
              AND ($7::text = 'ALL' OR ($7::text = 'OPEN') = (a.closed_on IS NULL))
              AND ($8::text IS NULL OR a.province_code = $8)
              AND ($9::bigint[] IS NULL OR a.id = ANY($9::bigint[]))
            """;

    public Uni<List<OrganisationDetail>> search(SqlClient db, Filter filter, Sort sort, PageRequest page) {
        return db.preparedQuery(DETAIL + MATCH + " ORDER BY " + sort.orderBy + " LIMIT $10 OFFSET $11")
                .execute(filter.tuple().addInteger(page.size).addInteger(page.offset()))
                .map(rows -> {
                    List<OrganisationDetail> out = new ArrayList<>();
                    rows.forEach(r -> out.add(detail(r)));
                    return out;
                });
    }

    public Uni<Long> count(SqlClient db, Filter filter) {
        return db.preparedQuery("SELECT count(*) FROM agency a " + MATCH)
                .execute(filter.tuple())
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** The organisation, or null; {@code lock} takes its row for the rest of the transaction. */
    public Uni<OrganisationDetail> find(SqlClient db, long id, boolean lock) {
        Uni<?> locked = lock
                ? db.preparedQuery("SELECT 1 FROM agency WHERE id = $1 FOR UPDATE")
                        .execute(Tuple.of(id))
                : Uni.createFrom().voidItem();
        return locked.chain(() -> db.preparedQuery(DETAIL + " WHERE a.id = $1").execute(Tuple.of(id)))
                .map(rows -> rows.size() == 0 ? null : detail(rows.iterator().next()));
    }

    /**
     * Serialises the changes of the tree's shape (a parent set, a merge) for the rest of the transaction,
     * so that two concurrent moves cannot together make a cycle that neither made alone.
     */
    public Uni<Void> lockShape(SqlClient tx) {
        return tx.query("SELECT pg_advisory_xact_lock(hashtext('agency_tree'))")
                .execute()
                .replaceWithVoid();
    }

    /** Whether {@code candidate} is {@code id} itself or below it (following parents upwards). */
    public Uni<Boolean> isWithin(SqlClient db, long candidate, long id) {
        return db.preparedQuery("""
                WITH RECURSIVE up (id, parent_id) AS (
                    SELECT id, parent_id FROM agency WHERE id = $1
                    UNION
                    SELECT a.id, a.parent_id FROM agency a JOIN up ON a.id = up.parent_id)
                SELECT EXISTS (SELECT 1 FROM up WHERE id = $2)""")
                .execute(Tuple.of(candidate, id))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** The codes of a province's units (the ones its organisations may be in). */
    public Uni<Set<String>> unitCodes(SqlClient db, String province) {
        return db.preparedQuery("SELECT code FROM unit WHERE province_code = $1")
                .execute(Tuple.of(province))
                .map(rows -> {
                    Set<String> codes = new HashSet<>();
                    rows.forEach(r -> codes.add(r.getString(0)));
                    return codes;
                });
    }

    /**
     * A new organisation, in {@code province} when it has neither a parent nor a unit to take its province from
     * (V141's trigger takes it from them otherwise).
     */
    public Uni<Long> insert(SqlClient tx, OrganisationRequest r, String province) {
        return tx.preparedQuery("""
                INSERT INTO agency (name, kind, school_level, unit_code, parent_id, opened_on, province_code)
                VALUES ($1, $2, $3, $4::varchar, $5::bigint, $6,
                        CASE WHEN $4::varchar IS NULL AND $5::bigint IS NULL THEN $7::text END)
                RETURNING id""")
                .execute(columns(r).addString(province))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Void> update(SqlClient tx, long id, OrganisationRequest r) {
        return tx.preparedQuery("""
                UPDATE agency SET name = $1, kind = $2, school_level = $3, unit_code = $4, parent_id = $5,
                                  opened_on = $6, version = version + 1, updated_at = now()
                WHERE id = $7""").execute(columns(r).addLong(id)).replaceWithVoid();
    }

    public Uni<Void> close(SqlClient tx, long id, LocalDate closedOn, Long mergedIntoId) {
        return tx.preparedQuery("""
                UPDATE agency SET closed_on = $2, merged_into_id = $3, version = version + 1, updated_at = now()
                WHERE id = $1""")
                .execute(Tuple.of(id, closedOn, mergedIntoId))
                .replaceWithVoid();
    }

    private static Tuple columns(OrganisationRequest r) {
        return Tuple.from(Arrays.asList(
                r.name(),
                r.kind().name(),
                r.schoolLevel() == null ? null : r.schoolLevel().name(),
                r.unitCode() == null || r.unitCode().isEmpty() ? null : r.unitCode(),
                r.parentId(),
                r.openedOn()));
    }

    static OrganisationDetail detail(Row r) {
        return new OrganisationDetail(
                r.getLong("id"),
                r.getString("name"),
                r.getString("kind"),
                r.getString("school_level"),
                r.getString("unit_code"),
                r.getString("unit_name"),
                r.getLong("parent_id"),
                r.getString("parent_name"),
                r.getLocalDate("opened_on"),
                r.getLocalDate("closed_on"),
                r.getLong("merged_into_id"),
                r.getString("merged_into_name"),
                r.getLong("open_children"),
                r.getLong("version"),
                r.getOffsetDateTime("updated_at").toInstant(),
                r.getString("province_code"));
    }
}
