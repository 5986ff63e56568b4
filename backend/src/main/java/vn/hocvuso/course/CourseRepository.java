package vn.hocvuso.course;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import vn.hocvuso.common.PageRequest;

@ApplicationScoped
@WithSession
public class CourseRepository implements PanacheRepositoryBase<Course, UUID> {

    /** How much content a course has: what the list shows and what publishing needs. */
    public record Counts(long modules, long activeLessons, long activeQuestions) {}

    /** A course of the administrator's list with its counts. */
    public record Listed(Course course, Counts counts) {}

    private static final String COUNTS = """
            (SELECT count(m) FROM CourseModule m WHERE m.courseId = c.id),
            (SELECT count(l) FROM Lesson l WHERE l.courseId = c.id AND l.retired = false),
            (SELECT count(q) FROM Question q WHERE q.courseId = c.id AND q.active = true)
            """;

    /**
     * Every course, drafts included, or one province's own ({@code province} not null), newest first, each with its
     * counts (one query).
     */
    public Uni<List<Listed>> listWithCounts(PageRequest page, String province) {
        String where = province == null ? "" : " WHERE c.provinceCode = :province";
        return getSession()
                .chain(session -> {
                    var query = session.createSelectionQuery(
                            "SELECT c, " + COUNTS + " FROM Course c" + where + " ORDER BY c.createdAt DESC, c.id DESC",
                            Object[].class);
                    if (province != null) {
                        query.setParameter("province", province);
                    }
                    return query.setFirstResult(page.offset())
                            .setMaxResults(page.size)
                            .getResultList();
                })
                .map(rows -> rows.stream()
                        .map(r -> new Listed((Course) r[0], countsOf(r, 1)))
                        .toList());
    }

    public Uni<Counts> countsOf(UUID courseId) {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "SELECT " + COUNTS + " FROM Course c WHERE c.id = ?1", Object[].class)
                        .setParameter(1, courseId)
                        .getSingleResult())
                .map(row -> countsOf(row, 0));
    }

    /** The course, its row locked until the transaction ends: structural changes to one course run one at a time. */
    public Uni<Course> findForUpdate(UUID courseId) {
        return findById(courseId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** How many courses the list shows: all, or one province's own. */
    public Uni<Long> countListed(String province) {
        return province == null ? count() : count("provinceCode", province);
    }

    /**
     * Why the course cannot become {@code province}'s own, or null: a learning path lists it (a path is every
     * province's), or learners of another province are enrolled in it (their count).
     */
    public Uni<Object[]> provinceConflict(UUID courseId, String province) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                SELECT EXISTS (SELECT 1 FROM learning_path_course WHERE course_id = :course)
                                           OR EXISTS (SELECT 1 FROM learning_path WHERE certifying_course_id = :course),
                                       (SELECT count(*) FROM enrollment e JOIN app_user u ON u.id = e.user_id
                                          JOIN unit un ON un.code = u.unit_code
                                         WHERE e.course_id = :course AND un.province_code <> :province)
                                """, Object[].class)
                        .setParameter("course", courseId)
                        .setParameter("province", province)
                        .getSingleResult());
    }

    public Uni<Boolean> slugTaken(String slug) {
        return count("slug", slug).map(n -> n > 0);
    }

    /**
     * The learner groups whose learning path this course certifies (learning_path, V88), in the groups'
     * usual order: such a course must stay published.
     */
    public Uni<List<String>> groupsCertifiedBy(UUID courseId) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                SELECT learner_group FROM learning_path WHERE certifying_course_id = :course
                                ORDER BY array_position(ARRAY['CBCCVC', 'STUDENT', 'WORKER', 'CITIZEN'], learner_group)
                                """, String.class)
                        .setParameter("course", courseId)
                        .getResultList());
    }

    /** Recomputes every lesson's ordinal in the course (1..n over active lessons); see V3__learning.sql. */
    public Uni<Void> renumberLessons(UUID courseId) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT count(*) FROM renumber_lessons(:course)", Long.class)
                        .setParameter("course", courseId)
                        .getSingleResult())
                .replaceWithVoid();
    }

    private static Counts countsOf(Object[] row, int from) {
        return new Counts(
                ((Number) row[from]).longValue(),
                ((Number) row[from + 1]).longValue(),
                ((Number) row[from + 2]).longValue());
    }
}
