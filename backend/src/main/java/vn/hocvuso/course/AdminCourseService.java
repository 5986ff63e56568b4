package vn.hocvuso.course;

import static vn.hocvuso.course.CourseStructure.now;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Violations;
import vn.hocvuso.course.AdminCourseViews.CourseDetail;
import vn.hocvuso.course.AdminCourseViews.CourseSummary;
import vn.hocvuso.course.AdminCourseViews.CreateCourseRequest;
import vn.hocvuso.course.AdminCourseViews.FinalTestSettings;
import vn.hocvuso.course.AdminCourseViews.ModuleOrder;
import vn.hocvuso.course.AdminCourseViews.ReorderRequest;
import vn.hocvuso.course.AdminCourseViews.UpdateCourseRequest;
import vn.hocvuso.province.ActingProvince;

/**
 * The province administrator's writing of courses: their settings, publishing, and the order of their
 * modules and lessons (modules, lessons and the question bank have their own services). Every write
 * is audited in its own transaction. Structural changes lock the course row and end with the lessons
 * renumbered ({@link CourseStructure}); a published course must stay publishable ({@link PublishingRules}).
 */
@ApplicationScoped
public class AdminCourseService {

    // Defaults of a new course: the same as the columns' defaults in V3__learning.sql.
    static final int DEFAULT_PASS_MARK_PERCENT = 80;
    static final int DEFAULT_QUESTION_COUNT = 20;
    static final int DEFAULT_TIME_LIMIT_MINUTES = 30;
    static final int DEFAULT_MAX_ATTEMPTS = 3;
    static final int DEFAULT_ATTEMPT_COOLDOWN_MINUTES = 0;
    static final int DEFAULT_VIDEO_COMPLETION_PERCENT = 90;

    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final LessonRepository lessons;
    private final CourseStructure structure;
    private final PublishingRules rules;
    private final AuditLog audit;
    private final ActingProvince acting;

    public AdminCourseService(
            CourseRepository courses,
            CourseModuleRepository modules,
            LessonRepository lessons,
            CourseStructure structure,
            PublishingRules rules,
            AuditLog audit,
            ActingProvince acting) {
        this.courses = courses;
        this.modules = modules;
        this.lessons = lessons;
        this.structure = structure;
        this.rules = rules;
        this.audit = audit;
        this.acting = acting;
    }

    /** Every course, or one province's own (404 {@code province_not_found} for no such province). */
    @WithSession
    public Uni<Page<CourseSummary>> list(PageRequest page, String province) {
        return (province == null ? Uni.createFrom().voidItem() : acting.requireExists(province))
                .chain(() -> courses.countListed(province))
                .chain(total -> courses.listWithCounts(page, province)
                        .map(rows ->
                                Page.of(rows.stream().map(CourseSummary::of).toList(), page, total)));
    }

    @WithSession
    public Uni<CourseDetail> get(UUID courseId) {
        return structure.course(courseId).chain(this::detail);
    }

    @WithTransaction
    public Uni<CourseDetail> create(UUID actorId, CreateCourseRequest request) {
        String slug = request.slug();
        String title = request.title();
        String description = request.description();
        return requireProvince(request.provinceCode())
                .chain(() -> courses.slugTaken(slug))
                .chain(taken -> {
                    if (taken) {
                        throw ApiException.conflict("slug_taken", "slug");
                    }
                    OffsetDateTime now = now();
                    Course course = new Course();
                    course.id = Ids.newId();
                    course.slug = slug;
                    course.title = title;
                    course.description = description == null ? "" : description;
                    course.provinceCode = request.provinceCode();
                    course.status = CourseStatus.DRAFT;
                    course.passMarkPercent = DEFAULT_PASS_MARK_PERCENT;
                    course.questionCount = DEFAULT_QUESTION_COUNT;
                    course.timeLimitMinutes = DEFAULT_TIME_LIMIT_MINUTES;
                    course.maxAttempts = DEFAULT_MAX_ATTEMPTS;
                    course.attemptCooldownMinutes = DEFAULT_ATTEMPT_COOLDOWN_MINUTES;
                    course.videoCompletionPercent = DEFAULT_VIDEO_COMPLETION_PERCENT;
                    applySettings(request, course, new FieldChanges());
                    course.createdAt = now;
                    course.updatedAt = now;
                    return courses.persist(course)
                            .call(saved -> audit.record(
                                    actorId,
                                    "course.created",
                                    "course",
                                    saved.id.toString(),
                                    saved.provinceCode == null
                                            ? Map.of("slug", saved.slug, "title", saved.title)
                                            : Map.of(
                                                    "slug",
                                                    saved.slug,
                                                    "title",
                                                    saved.title,
                                                    "provinceCode",
                                                    saved.provinceCode)));
                })
                .chain(this::detail);
    }

    @WithTransaction
    public Uni<CourseDetail> update(UUID actorId, UUID courseId, UpdateCourseRequest request) {
        String title = request.title();
        String description = request.description();
        return structure
                .lockedCourse(courseId)
                .call(course -> checkProvince(course, request.provinceCode()))
                .chain(course -> {
                    FieldChanges changes = new FieldChanges();
                    course.title = changes.set("title", course.title, title);
                    String province = request.provinceCode();
                    if (province != null) { // "" makes it national again
                        course.provinceCode = province.isEmpty()
                                ? changes.clear("provinceCode", course.provinceCode)
                                : changes.set("provinceCode", course.provinceCode, province);
                    }
                    course.description = changes.set("description", course.description, description);
                    applySettings(request, course, changes);
                    if (changes.none()) {
                        return detail(course);
                    }
                    course.updatedAt = now();
                    return (changes.has("questionCount")
                                    ? rules.staysReady(course)
                                    : Uni.createFrom().voidItem())
                            .call(() -> audit.record(
                                    actorId,
                                    "course.updated",
                                    "course",
                                    course.id.toString(),
                                    Map.of("fields", changes.names())))
                            .chain(() -> detail(course));
                });
    }

    /** A 400 naming {@code provinceCode} when it is given and no province has it. */
    private Uni<Void> requireProvince(String code) {
        if (code == null || code.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return acting.exists(code)
                .invoke(known -> {
                    if (!known) {
                        throw ApiException.invalid("provinceCode", "unknown_province", code);
                    }
                })
                .replaceWithVoid();
    }

    /**
     * A course becomes a province's own ({@code code}) only if that province is known (400), no learning path
     * lists it (paths are every province's: 409 {@code course_in_path}) and no learner of another province is
     * enrolled in it (409 {@code course_has_other_provinces_learners}). Becoming national is always allowed.
     */
    private Uni<Void> checkProvince(Course course, String code) {
        if (code == null || code.isEmpty() || code.equals(course.provinceCode)) {
            return Uni.createFrom().voidItem();
        }
        return requireProvince(code)
                .chain(() -> courses.provinceConflict(course.id, code))
                .invoke(conflict -> {
                    if (Boolean.TRUE.equals(conflict[0])) {
                        throw new ApiException(StatusCode.CONFLICT, "course_in_path");
                    }
                    long elsewhere = ((Number) conflict[1]).longValue();
                    if (elsewhere > 0) {
                        throw new ApiException(StatusCode.CONFLICT, "course_has_other_provinces_learners", elsewhere);
                    }
                })
                .replaceWithVoid();
    }

    /** Publishing needs a module, an active lesson and enough active questions for one test. */
    @WithTransaction
    public Uni<CourseDetail> publish(UUID actorId, UUID courseId) {
        return structure.lockedCourse(courseId).chain(course -> {
            if (course.status == CourseStatus.PUBLISHED) {
                return detail(course);
            }
            return rules.requireReady(course).chain(() -> {
                course.status = CourseStatus.PUBLISHED;
                course.updatedAt = now();
                return audit.record(actorId, "course.published", "course", course.id.toString(), Map.of())
                        .chain(() -> detail(course));
            });
        });
    }

    /**
     * Back to draft: refused (409 {@code course_certifies_path}) while a learner group's path certifies with
     * it; an administrator changes the path first. A course that is only part of a path may be unpublished:
     * learners' paths show published courses only.
     */
    @WithTransaction
    public Uni<CourseDetail> unpublish(UUID actorId, UUID courseId) {
        return structure.lockedCourse(courseId).chain(course -> {
            if (course.status == CourseStatus.DRAFT) {
                return detail(course);
            }
            return courses.groupsCertifiedBy(courseId).chain(groups -> {
                if (!groups.isEmpty()) {
                    // A learning path must never certify with a course learners cannot take.
                    throw new ApiException(StatusCode.CONFLICT, "course_certifies_path", String.join(", ", groups));
                }
                course.status = CourseStatus.DRAFT;
                course.updatedAt = now();
                return audit.record(actorId, "course.unpublished", "course", course.id.toString(), Map.of())
                        .chain(() -> detail(course));
            });
        });
    }

    /**
     * Puts every module and every active lesson of the course in the order given. The request must
     * name each of them exactly once; lessons may change module.
     */
    @WithTransaction
    public Uni<CourseDetail> reorder(UUID actorId, UUID courseId, ReorderRequest request) {
        return structure
                .lockedCourse(courseId)
                .chain(course -> modules.ofCourse(courseId)
                        .chain(ms -> lessons.activeOfCourse(courseId).chain(ls -> {
                            Map<UUID, CourseModule> moduleById = byId(ms, m -> m.id);
                            Map<UUID, Lesson> lessonById = byId(ls, l -> l.id);
                            checkOrder(request.modules(), moduleById, lessonById);
                            List<Map<String, Object>> order = new ArrayList<>();
                            for (int i = 0; i < request.modules().size(); i++) {
                                ModuleOrder entry = request.modules().get(i);
                                CourseModule module = moduleById.get(entry.moduleId());
                                module.position = i + 1; // the (course, position) uniqueness is checked at commit
                                for (int j = 0; j < entry.lessonIds().size(); j++) {
                                    Lesson lesson =
                                            lessonById.get(entry.lessonIds().get(j));
                                    if (!lesson.moduleId.equals(module.id) || lesson.position != j + 1) {
                                        lesson.moduleId = module.id;
                                        lesson.position = j + 1;
                                        lesson.updatedAt = now();
                                    }
                                }
                                order.add(Map.<String, Object>of(
                                        "moduleId",
                                        module.id.toString(),
                                        "lessonIds",
                                        entry.lessonIds().stream()
                                                .map(UUID::toString)
                                                .toList()));
                            }
                            return structure
                                    .renumber(courseId)
                                    .call(() -> audit.record(
                                            actorId,
                                            "course.reordered",
                                            "course",
                                            courseId.toString(),
                                            Map.of("order", order)))
                                    .chain(() -> detail(course));
                        })));
    }

    /** The course as the administrator sees it: settings, and modules with their active lessons in order. */
    private Uni<CourseDetail> detail(Course course) {
        return Panache.flush()
                .chain(() -> modules.ofCourse(course.id))
                .chain(ms -> lessons.activeOfCourse(course.id)
                        .chain(ls -> lessons.ordinals(course.id)
                                .chain(ords -> courses.countsOf(course.id)
                                        .map(n -> CourseDetail.of(course, n.activeQuestions(), ms, ls, ords)))));
    }

    private static void checkOrder(
            List<ModuleOrder> order, Map<UUID, CourseModule> moduleById, Map<UUID, Lesson> lessonById) {
        Violations v = new Violations();
        Set<UUID> seenModules = new HashSet<>();
        Set<UUID> seenLessons = new HashSet<>();
        for (int i = 0; i < order.size(); i++) {
            ModuleOrder entry = order.get(i);
            String at = "modules[" + i + "]";
            if (entry == null) {
                v.add(at, "required");
                continue;
            }
            if (entry.moduleId() == null) {
                v.add(at + ".moduleId", "required");
            } else if (!moduleById.containsKey(entry.moduleId())) {
                v.add(at + ".moduleId", "not_in_course");
            } else if (!seenModules.add(entry.moduleId())) {
                v.add(at + ".moduleId", "duplicate");
            }
            if (entry.lessonIds() == null) {
                v.add(at + ".lessonIds", "required");
                continue;
            }
            for (int j = 0; j < entry.lessonIds().size(); j++) {
                UUID lessonId = entry.lessonIds().get(j);
                String lessonAt = at + ".lessonIds[" + j + "]";
                if (lessonId == null) {
                    v.add(lessonAt, "required");
                } else if (!lessonById.containsKey(lessonId)) {
                    v.add(lessonAt, "not_in_course");
                } else if (!seenLessons.add(lessonId)) {
                    v.add(lessonAt, "duplicate");
                }
            }
        }
        long missingModules = moduleById.keySet().stream()
                .filter(id -> !seenModules.contains(id))
                .count();
        if (missingModules > 0) {
            v.add("modules", "modules_missing", missingModules);
        }
        long missingLessons = lessonById.keySet().stream()
                .filter(id -> !seenLessons.contains(id))
                .count();
        if (missingLessons > 0) {
            v.add("modules", "lessons_missing", missingLessons);
        }
        v.throwIfAny();
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    /** Writes the settings a request gives into the course; {@code null} leaves a setting as it is. */
    private static void applySettings(FinalTestSettings s, Course c, FieldChanges changes) {
        c.passMarkPercent = changes.set("passMarkPercent", c.passMarkPercent, s.passMarkPercent());
        c.questionCount = changes.set("questionCount", c.questionCount, s.questionCount());
        c.timeLimitMinutes = changes.set("timeLimitMinutes", c.timeLimitMinutes, s.timeLimitMinutes());
        c.maxAttempts = changes.set("maxAttempts", c.maxAttempts, s.maxAttempts());
        c.attemptCooldownMinutes =
                changes.set("attemptCooldownMinutes", c.attemptCooldownMinutes, s.attemptCooldownMinutes());
        c.videoCompletionPercent =
                changes.set("videoCompletionPercent", c.videoCompletionPercent, s.videoCompletionPercent());
        c.afterLastAttempt = changes.set("afterLastAttempt", c.afterLastAttempt, s.afterLastAttempt());
        c.retakeCooldownMinutes =
                changes.set("retakeCooldownMinutes", c.retakeCooldownMinutes, s.retakeCooldownMinutes());
        c.hideAnswersUntilPassed =
                changes.set("hideAnswersUntilPassed", c.hideAnswersUntilPassed, s.hideAnswersUntilPassed());
        c.readingWordsPerMinute =
                changes.set("readingWordsPerMinute", c.readingWordsPerMinute, s.readingWordsPerMinute());
    }
}
