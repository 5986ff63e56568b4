package vn.hocvuso.course;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class LessonRepository implements PanacheRepositoryBase<Lesson, UUID> {

    /** The active lessons of a course, in module position then lesson position order. */
    public Uni<List<Lesson>> activeOfCourse(UUID courseId) {
        return find(
                        "SELECT l FROM Lesson l JOIN CourseModule m ON m.id = l.moduleId "
                                + "WHERE l.courseId = ?1 AND l.retired = false ORDER BY m.position, l.position, l.id",
                        courseId)
                .list();
    }

    public Uni<List<Lesson>> activeOfModule(UUID moduleId) {
        return list("moduleId = ?1 AND retired = false ORDER BY position, id", moduleId);
    }

    /** The position after the module's last lesson (retired ones included: positions only grow). */
    public Uni<Integer> nextPosition(UUID moduleId) {
        return find("SELECT coalesce(max(l.position), 0) + 1 FROM Lesson l WHERE l.moduleId = ?1", moduleId)
                .project(Integer.class)
                .singleResult();
    }

    /**
     * The ordinals as the database holds them now. {@code renumber_lessons} changes them behind the
     * session's back, so entities loaded before it ran carry stale values; this scalar query does not.
     */
    public Uni<Map<UUID, Integer>> ordinals(UUID courseId) {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "SELECT l.id, l.ordinal FROM Lesson l WHERE l.courseId = ?1 AND l.retired = false",
                                Object[].class)
                        .setParameter(1, courseId)
                        .getResultList())
                .map(rows -> {
                    Map<UUID, Integer> ordinals = new HashMap<>(); // a value may be null until renumbered
                    rows.forEach(r -> ordinals.put((UUID) r[0], (Integer) r[1]));
                    return ordinals;
                });
    }
}
