package vn.hocvuso.course;

import static vn.hocvuso.course.CourseFields.notForText;
import static vn.hocvuso.course.CourseStructure.now;
import static vn.hocvuso.course.CourseStructure.requireFound;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.Violations;
import vn.hocvuso.course.AdminCourseViews.CreateLessonRequest;
import vn.hocvuso.course.AdminCourseViews.LessonDetail;
import vn.hocvuso.course.AdminCourseViews.UpdateLessonRequest;

/**
 * The province administrator's writing of lessons: added at the end of a module, changed in place,
 * retired (never deleted: progress and past attempts keep pointing at them). Audited.
 */
@ApplicationScoped
public class AdminLessonService {

    // The column's default in V3__learning.sql.
    static final int DEFAULT_ESTIMATED_MINUTES = 5;

    private final CourseModuleRepository modules;
    private final LessonRepository lessons;
    private final CourseStructure structure;
    private final PublishingRules rules;
    private final AuditLog audit;

    public AdminLessonService(
            CourseModuleRepository modules,
            LessonRepository lessons,
            CourseStructure structure,
            PublishingRules rules,
            AuditLog audit) {
        this.modules = modules;
        this.lessons = lessons;
        this.structure = structure;
        this.rules = rules;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<LessonDetail> create(UUID actorId, UUID moduleId, CreateLessonRequest request) {
        String title = request.title();
        String body = request.bodyMarkdown();
        String videoUrl = request.videoUrl();
        String captionsUrl = request.captionsUrl();
        return modules.findById(moduleId).chain(module -> {
            requireFound(module, "module_not_found");
            return structure
                    .lockedCourse(module.courseId)
                    .chain(() -> lessons.nextPosition(moduleId))
                    .chain(position -> {
                        Lesson lesson = new Lesson();
                        lesson.id = Ids.newId();
                        lesson.courseId = module.courseId;
                        lesson.moduleId = moduleId;
                        lesson.position = position;
                        lesson.title = title;
                        lesson.kind = request.kind();
                        lesson.bodyMarkdown = body == null ? "" : body;
                        lesson.videoUrl = videoUrl;
                        lesson.videoDurationSeconds = request.videoDurationSeconds();
                        lesson.captionsUrl = captionsUrl;
                        lesson.estimatedMinutes =
                                Objects.requireNonNullElse(request.estimatedMinutes(), DEFAULT_ESTIMATED_MINUTES);
                        lesson.retired = false;
                        lesson.updatedAt = now();
                        return lessons.persist(lesson);
                    })
                    .call(lesson -> structure.renumber(lesson.courseId))
                    .call(lesson -> audit.record(
                            actorId,
                            "lesson.created",
                            "lesson",
                            lesson.id.toString(),
                            Map.of(
                                    "courseId",
                                    lesson.courseId.toString(),
                                    "moduleId",
                                    moduleId.toString(),
                                    "title",
                                    lesson.title)))
                    .chain(lesson -> lessons.ordinals(lesson.courseId)
                            .map(ords -> LessonDetail.of(lesson, ords.get(lesson.id))));
        });
    }

    @WithSession
    public Uni<LessonDetail> get(UUID lessonId) {
        return lessons.findById(lessonId).map(lesson -> {
            requireFound(lesson, "lesson_not_found");
            return LessonDetail.of(lesson, lesson.ordinal);
        });
    }

    /** Changes the lesson in place (its place in the course stays); a retired lesson cannot be changed. */
    @WithTransaction
    public Uni<LessonDetail> update(UUID actorId, UUID lessonId, UpdateLessonRequest request) {
        String title = request.title();
        String body = request.bodyMarkdown();
        String videoUrl = request.videoUrl();
        // An empty captionsUrl removes the captions.
        boolean removeCaptions = "".equals(request.captionsUrl());
        String captionsUrl = removeCaptions ? null : request.captionsUrl();
        return lessons.findById(lessonId).chain(lesson -> {
            requireFound(lesson, "lesson_not_found");
            if (lesson.retired) {
                throw new ApiException(StatusCode.CONFLICT, "lesson_retired");
            }
            LessonKind kind = request.kind() != null ? request.kind() : lesson.kind;
            Violations kv = new Violations();
            if (kind == LessonKind.TEXT) {
                notForText(kv, videoUrl, request.videoDurationSeconds(), captionsUrl);
            } else if (videoUrl == null && lesson.videoUrl == null) {
                kv.add("videoUrl", "required");
            }
            kv.throwIfAny();
            FieldChanges changes = new FieldChanges();
            lesson.title = changes.set("title", lesson.title, title);
            lesson.kind = changes.set("kind", lesson.kind, request.kind());
            lesson.bodyMarkdown = changes.set("bodyMarkdown", lesson.bodyMarkdown, body);
            lesson.estimatedMinutes =
                    changes.set("estimatedMinutes", lesson.estimatedMinutes, request.estimatedMinutes());
            if (kind == LessonKind.TEXT) { // a text lesson has no video
                lesson.videoUrl = changes.clear("videoUrl", lesson.videoUrl);
                lesson.videoDurationSeconds = changes.clear("videoDurationSeconds", lesson.videoDurationSeconds);
                lesson.captionsUrl = changes.clear("captionsUrl", lesson.captionsUrl);
            } else {
                lesson.videoUrl = changes.set("videoUrl", lesson.videoUrl, videoUrl);
                lesson.videoDurationSeconds = changes.set(
                        "videoDurationSeconds", lesson.videoDurationSeconds, request.videoDurationSeconds());
                lesson.captionsUrl = removeCaptions
                        ? changes.clear("captionsUrl", lesson.captionsUrl)
                        : changes.set("captionsUrl", lesson.captionsUrl, captionsUrl);
            }
            if (changes.none()) {
                return Uni.createFrom().item(LessonDetail.of(lesson, lesson.ordinal));
            }
            lesson.updatedAt = now();
            return audit.record(
                            actorId,
                            "lesson.updated",
                            "lesson",
                            lesson.id.toString(),
                            Map.of("courseId", lesson.courseId.toString(), "fields", changes.names()))
                    .map(ignored -> LessonDetail.of(lesson, lesson.ordinal));
        });
    }

    /** Retires the lesson: learners no longer see it, its progress and past attempts stay. Idempotent. */
    @WithTransaction
    public Uni<Void> retire(UUID actorId, UUID lessonId) {
        return lessons.findById(lessonId).chain(found -> {
            requireFound(found, "lesson_not_found");
            if (found.retired) {
                return Uni.createFrom().voidItem();
            }
            return structure.lockedCourse(found.courseId).chain(course -> {
                found.retired = true;
                found.updatedAt = now();
                return structure
                        .renumber(course.id)
                        .chain(() -> rules.staysReady(course))
                        .chain(() -> audit.record(
                                actorId,
                                "lesson.retired",
                                "lesson",
                                found.id.toString(),
                                Map.of("courseId", course.id.toString(), "title", found.title)));
            });
        });
    }
}
