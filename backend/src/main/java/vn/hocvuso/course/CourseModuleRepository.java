package vn.hocvuso.course;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class CourseModuleRepository implements PanacheRepositoryBase<CourseModule, UUID> {

    public Uni<List<CourseModule>> ofCourse(UUID courseId) {
        return list("courseId = ?1 ORDER BY position, id", courseId);
    }

    /** The position after the course's last module. */
    public Uni<Integer> nextPosition(UUID courseId) {
        return find("SELECT coalesce(max(m.position), 0) + 1 FROM CourseModule m WHERE m.courseId = ?1", courseId)
                .project(Integer.class)
                .singleResult();
    }
}
