package vn.hocvuso.course;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.hocvuso.common.PageRequest;

@ApplicationScoped
@WithSession
public class QuestionRepository implements PanacheRepositoryBase<Question, UUID> {

    private static final String ACTIVE = " WHERE q.courseId = ?1 AND q.active = true";
    private static final String OF_MODULE = " AND q.moduleId = ?2";

    /** Active questions of a course (or of one of its modules), by module position, most recently edited first. */
    public Uni<List<Question>> active(UUID courseId, UUID moduleId, PageRequest page) {
        String query = "SELECT q FROM Question q JOIN CourseModule m ON m.id = q.moduleId" + ACTIVE
                + (moduleId == null ? "" : OF_MODULE) + " ORDER BY m.position, q.updatedAt DESC, q.id";
        var found = moduleId == null ? find(query, courseId) : find(query, courseId, moduleId);
        return found.page(page.page - 1, page.size).list();
    }

    public Uni<Long> countActive(UUID courseId, UUID moduleId) {
        String query = "FROM Question q" + ACTIVE + (moduleId == null ? "" : OF_MODULE);
        return moduleId == null ? count(query, courseId) : count(query, courseId, moduleId);
    }
}
