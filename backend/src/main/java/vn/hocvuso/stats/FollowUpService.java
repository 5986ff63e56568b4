package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Rows;
import vn.hocvuso.common.Texts;
import vn.hocvuso.stats.StatsViews.UnitLearner;
import vn.hocvuso.unit.Units;

/**
 * The people of a unit who still have a step to take, for the unit's managers to follow up. Personal
 * data: each read is written to the audit log in the same transaction as it is served.
 */
@ApplicationScoped
public class FollowUpService {

    public enum Status {
        NOT_ENROLLED,
        NOT_COMPLETED,
        NOT_PASSED,
        NOT_CERTIFIED
    }

    private static final String FROM = """
            FROM app_user u
            LEFT JOIN enrollment e ON e.user_id = u.id AND e.course_id = $2
            WHERE u.unit_code = $1
              AND CASE $3::text
                    WHEN 'NOT_ENROLLED' THEN e.id IS NULL
                    WHEN 'NOT_COMPLETED' THEN e.id IS NOT NULL AND e.lessons_completed_at IS NULL
                    WHEN 'NOT_PASSED' THEN e.lessons_completed_at IS NOT NULL AND e.passed_at IS NULL
                    ELSE e.passed_at IS NULL END
              AND ($4::text IS NULL OR u.learner_group = $4)
              AND ($5::text IS NULL OR u.search_key LIKE '%' || vn_fold($5) || '%' ESCAPE '\\')
            """;

    /**
     * The list's people as SQL ({@code FROM …}: {@code u} the person, {@code e} the enrolment), for
     * statements that act on the whole list at once (bulk messages): $1 unit, $2 course, $3 status,
     * $4 learner group or NULL, $5 search or NULL. The same text as the list itself, so a count
     * confirmed on the page is the count acted on.
     */
    public static final String PEOPLE = FROM;

    /** The list itself can also be narrowed to one village of the unit ($6, or NULL for everyone). */
    private static final String LISTED = FROM + " AND ($6::bigint IS NULL OR u.village_id = $6)\n";

    private final Pool pool;
    private final AuditLog audit;
    private final StatsConfig config;

    public FollowUpService(Pool pool, AuditLog audit, StatsConfig config) {
        this.pool = pool;
        this.audit = audit;
        this.config = config;
    }

    /** The follow-up list; {@code villageId}: only the learners of that village (of this unit), or null. */
    public Uni<Page<UnitLearner>> list(
            UUID reader,
            String unitCode,
            Status status,
            String learnerGroup,
            Long villageId,
            String q,
            PageRequest page) {
        String search = Texts.cleanOrNull(q);
        List<Object> args = Arrays.asList(
                unitCode,
                config.courseId(),
                status.name(),
                learnerGroup,
                search == null ? null : Texts.escapeLike(search),
                villageId);
        // The count and the page in one snapshot: a learner finishing between them cannot make them disagree.
        return Snapshots.audited(
                pool,
                tx -> Units.require(tx, unitCode)
                        .chain(() ->
                                tx.preparedQuery("SELECT count(*) " + LISTED).execute(Tuple.from(args)))
                        .chain(count -> {
                            List<Object> pageArgs = new ArrayList<>(args);
                            pageArgs.add(page.size);
                            pageArgs.add(page.offset());
                            return tx.preparedQuery("""
                            SELECT u.id, u.full_name, u.phone, u.email, u.learner_group, u.created_at,
                                   (SELECT a.name FROM agency a WHERE a.id = u.agency_id) AS agency_name,
                                   e.enrolled_at, e.lessons_completed_at, e.passed_at,
                                   (SELECT count(*) FROM lesson_progress p WHERE p.enrollment_id = e.id
                                        AND p.completed_at IS NOT NULL)::int AS lessons_completed,
                                   (SELECT max(p.updated_at) FROM lesson_progress p WHERE p.enrollment_id = e.id) AS last_activity,
                                   (SELECT count(*) FROM lesson l WHERE l.course_id = $2 AND NOT l.retired)::int AS lesson_count
                            """ + LISTED
                                            + " ORDER BY u.full_name COLLATE vietnamese, u.id LIMIT $7 OFFSET $8")
                                    .execute(Tuple.from(pageArgs))
                                    .map(rows -> Rows.page(count, rows, page, r -> learner(r)));
                        })
                        .call(result -> audit.record(
                                tx,
                                reader,
                                "stats.learners.read",
                                "unit",
                                unitCode,
                                details(
                                        status,
                                        learnerGroup,
                                        villageId,
                                        search != null,
                                        page,
                                        result.items().size()))));
    }

    private static UnitLearner learner(Row r) {
        String status = r.getOffsetDateTime("enrolled_at") == null
                ? "NOT_ENROLLED"
                : r.getOffsetDateTime("lessons_completed_at") == null ? "NOT_COMPLETED" : "NOT_PASSED";
        return new UnitLearner(
                r.getUUID("id"),
                r.getString("full_name"),
                r.getString("phone"),
                r.getString("email"),
                r.getString("learner_group"),
                r.getString("agency_name"),
                status,
                instant(r, "created_at"),
                instant(r, "enrolled_at"),
                r.getInteger("lessons_completed"),
                r.getInteger("lesson_count"),
                instant(r, "last_activity"));
    }

    private static Instant instant(Row r, String column) {
        OffsetDateTime t = r.getOffsetDateTime(column);
        return t == null ? null : t.toInstant();
    }

    private static Map<String, Object> details(
            Status status, String group, Long villageId, boolean searched, PageRequest page, int returned) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("status", status.name());
        d.put("learnerGroup", group);
        if (villageId != null) {
            d.put("villageId", villageId);
        }
        d.put("searched", searched);
        d.put("page", page.page);
        d.put("returned", returned);
        return d;
    }

    /**
     * How many people are on each unit's list with status NOT_CERTIFIED (the list's default), for many
     * units in one statement (the weekly digests): the same condition as {@link #PEOPLE}.
     */
    public Uni<Map<String, Long>> notCertifiedByUnit(List<String> units) {
        return notCertifiedBy("unit_code", units.toArray(String[]::new), r -> r.getString("unit_code"));
    }

    /** The same for the staff of agencies (public servants counted under their agency). */
    public Uni<Map<Long, Long>> notCertifiedByAgency(List<Long> agencies) {
        return notCertifiedBy("agency_id", agencies.toArray(Long[]::new), r -> r.getLong("agency_id"));
    }

    /** {@code column}: one of app_user's, a constant of this class, never a caller's text. */
    private <K> Uni<Map<K, Long>> notCertifiedBy(String column, Object[] keys, Function<Row, K> key) {
        return pool.preparedQuery("""
                SELECT u.%1$s, count(*) AS n FROM app_user u
                LEFT JOIN enrollment e ON e.user_id = u.id AND e.course_id = $2
                WHERE u.%1$s = ANY ($1) AND e.passed_at IS NULL
                GROUP BY u.%1$s
                """.formatted(column))
                .execute(Tuple.of(keys, config.courseId()))
                .map(rows -> {
                    Map<K, Long> out = new LinkedHashMap<>();
                    rows.forEach(r -> out.put(key.apply(r), r.getLong("n")));
                    return out;
                });
    }

    /** The course the follow-up lists are about. */
    public UUID courseId() {
        return config.courseId();
    }
}
