package vn.hocvuso.course;

import static vn.hocvuso.course.CourseStructure.requireFound;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.Ids;
import vn.hocvuso.course.AdminCourseViews.ModuleRequest;
import vn.hocvuso.course.AdminCourseViews.ModuleView;

/** The province administrator's writing of a course's modules (their order is the course's). Audited. */
@ApplicationScoped
public class AdminModuleService {

    private final CourseModuleRepository modules;
    private final LessonRepository lessons;
    private final CourseStructure structure;
    private final AuditLog audit;

    public AdminModuleService(
            CourseModuleRepository modules, LessonRepository lessons, CourseStructure structure, AuditLog audit) {
        this.modules = modules;
        this.lessons = lessons;
        this.structure = structure;
        this.audit = audit;
    }

    /** Adds a module at the end of the course. */
    @WithTransaction
    public Uni<ModuleView> create(UUID actorId, UUID courseId, ModuleRequest request) {
        String title = request.title();
        String description = request.description();
        return structure
                .lockedCourse(courseId)
                .chain(course -> modules.nextPosition(courseId).chain(position -> {
                    CourseModule module = new CourseModule();
                    module.id = Ids.newId();
                    module.courseId = courseId;
                    module.position = position;
                    module.title = title;
                    module.description = description == null ? "" : description;
                    return modules.persist(module);
                }))
                .call(module -> structure.renumber(courseId))
                .call(module -> audit.record(
                        actorId,
                        "module.created",
                        "module",
                        module.id.toString(),
                        Map.of("courseId", courseId.toString(), "title", module.title)))
                .map(module -> ModuleView.of(module, List.of(), Map.of()));
    }

    @WithTransaction
    public Uni<ModuleView> update(UUID actorId, UUID moduleId, ModuleRequest request) {
        String title = request.title();
        String description = request.description();
        return modules.findById(moduleId).chain(module -> {
            requireFound(module, "module_not_found");
            FieldChanges changes = new FieldChanges();
            module.title = changes.set("title", module.title, title);
            module.description = changes.set("description", module.description, description);
            Uni<Void> recorded = changes.none()
                    ? Uni.createFrom().voidItem()
                    : audit.record(
                            actorId,
                            "module.updated",
                            "module",
                            module.id.toString(),
                            Map.of("courseId", module.courseId.toString(), "fields", changes.names()));
            return recorded.chain(() -> lessons.activeOfModule(module.id))
                    .chain(ls -> lessons.ordinals(module.courseId).map(ords -> ModuleView.of(module, ls, ords)));
        });
    }
}
