package vn.hocvuso.course;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Texts;
import vn.hocvuso.common.Violations;
import vn.hocvuso.course.AdminCourseViews.CourseDetail;
import vn.hocvuso.course.AdminCourseViews.CourseSummary;
import vn.hocvuso.course.AdminCourseViews.CreateCourseRequest;
import vn.hocvuso.course.AdminCourseViews.CreateLessonRequest;
import vn.hocvuso.course.AdminCourseViews.CreateQuestionRequest;
import vn.hocvuso.course.AdminCourseViews.LessonDetail;
import vn.hocvuso.course.AdminCourseViews.ModuleOrder;
import vn.hocvuso.course.AdminCourseViews.ModuleRequest;
import vn.hocvuso.course.AdminCourseViews.ModuleView;
import vn.hocvuso.course.AdminCourseViews.QuestionOption;
import vn.hocvuso.course.AdminCourseViews.QuestionView;
import vn.hocvuso.course.AdminCourseViews.ReorderRequest;
import vn.hocvuso.course.AdminCourseViews.UpdateCourseRequest;
import vn.hocvuso.course.AdminCourseViews.UpdateLessonRequest;
import vn.hocvuso.course.AdminCourseViews.UpdateQuestionRequest;

/**
 * The province administrator's writing of courses: settings, modules, lessons, their order, the
 * question bank, and publishing. Every write is audited in its own transaction. Structural changes
 * (modules and lessons added, retired or moved) lock the course row, so that two of them on one course
 * run one after the other, and end with {@code renumber_lessons}, which keeps each active lesson's
 * place in the whole course (its ordinal) 1..n.
 *
 * <p>A published course must stay publishable: a change that would leave it without a module, an
 * active lesson, or enough active questions for one test is refused ({@code course_must_stay_ready});
 * unpublish it first.
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
    static final int DEFAULT_ESTIMATED_MINUTES = 5;

    // Lengths, in characters after normalisation.
    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 2_000;
    static final int BODY_MAX = 50_000;
    static final int URL_MAX = 2_000;
    static final int PROMPT_MAX = 1_000;
    static final int OPTION_TEXT_MAX = 500;
    static final int EXPLANATION_MAX = 2_000;
    static final int OPTIONS_MIN = 2;
    static final int OPTIONS_MAX = 6;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{3,80}");
    private static final Pattern OPTION_ID = Pattern.compile("[a-z]");

    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final LessonRepository lessons;
    private final QuestionRepository questions;
    private final AuditLog audit;

    public AdminCourseService(CourseRepository courses, CourseModuleRepository modules, LessonRepository lessons,
            QuestionRepository questions, AuditLog audit) {
        this.courses = courses;
        this.modules = modules;
        this.lessons = lessons;
        this.questions = questions;
        this.audit = audit;
    }

    // --- Courses -------------------------------------------------------------------------------------

    @WithSession
    public Uni<Page<CourseSummary>> list(PageRequest page) {
        return courses.count().chain(total -> courses.listWithCounts(page)
                .map(rows -> Page.of(rows.stream().map(CourseSummary::of).toList(), page, total)));
    }

    @WithSession
    public Uni<CourseDetail> get(UUID courseId) {
        return requireCourse(courseId).chain(this::detail);
    }

    @WithTransaction
    public Uni<CourseDetail> create(UUID actorId, CreateCourseRequest request) {
        Violations v = new Violations();
        String slug = request.slug() == null ? null : request.slug().strip();
        if (slug == null || slug.isEmpty()) {
            v.add("slug", "required");
        } else if (!SLUG.matcher(slug).matches()) {
            v.add("slug", "slug_format");
        }
        String title = line(v, "title", request.title(), true, TITLE_MAX);
        String description = text(v, "description", request.description(), DESCRIPTION_MAX);
        Settings settings = new Settings(request.passMarkPercent(), request.questionCount(), request.timeLimitMinutes(),
                request.maxAttempts(), request.attemptCooldownMinutes(), request.videoCompletionPercent(),
                request.afterLastAttempt(), request.retakeCooldownMinutes(), request.hideAnswersUntilPassed(),
                request.readingWordsPerMinute());
        settings.check(v);
        v.throwIfAny();
        return courses.slugTaken(slug).chain(taken -> {
            if (taken) {
                throw ApiException.conflict("slug_taken", "slug");
            }
            OffsetDateTime now = now();
            Course course = new Course();
            course.id = Ids.newId();
            course.slug = slug;
            course.title = title;
            course.description = description == null ? "" : description;
            course.status = CourseStatus.DRAFT;
            course.passMarkPercent = DEFAULT_PASS_MARK_PERCENT;
            course.questionCount = DEFAULT_QUESTION_COUNT;
            course.timeLimitMinutes = DEFAULT_TIME_LIMIT_MINUTES;
            course.maxAttempts = DEFAULT_MAX_ATTEMPTS;
            course.attemptCooldownMinutes = DEFAULT_ATTEMPT_COOLDOWN_MINUTES;
            course.videoCompletionPercent = DEFAULT_VIDEO_COMPLETION_PERCENT;
            settings.applyTo(course);
            course.createdAt = now;
            course.updatedAt = now;
            return courses.persist(course)
                    .call(saved -> audit.record(actorId, "course.created", "course", saved.id.toString(),
                            Map.of("slug", saved.slug, "title", saved.title)));
        }).chain(this::detail);
    }

    @WithTransaction
    public Uni<CourseDetail> update(UUID actorId, UUID courseId, UpdateCourseRequest request) {
        Violations v = new Violations();
        String title = line(v, "title", request.title(), false, TITLE_MAX);
        String description = text(v, "description", request.description(), DESCRIPTION_MAX);
        Settings settings = new Settings(request.passMarkPercent(), request.questionCount(), request.timeLimitMinutes(),
                request.maxAttempts(), request.attemptCooldownMinutes(), request.videoCompletionPercent(),
                request.afterLastAttempt(), request.retakeCooldownMinutes(), request.hideAnswersUntilPassed(),
                request.readingWordsPerMinute());
        settings.check(v);
        v.throwIfAny();
        return courses.findForUpdate(courseId).chain(course -> {
            requireFound(course, "course_not_found");
            Changes changes = new Changes();
            course.title = changes.set("title", course.title, title);
            course.description = changes.set("description", course.description, description);
            settings.applyTo(course, changes);
            if (changes.none()) {
                return detail(course);
            }
            course.updatedAt = now();
            return (changes.has("questionCount") ? staysReady(course) : Uni.createFrom().voidItem())
                    .call(() -> audit.record(actorId, "course.updated", "course", course.id.toString(),
                            Map.of("fields", changes.names())))
                    .chain(() -> detail(course));
        });
    }

    /** Publishing needs a module, an active lesson and enough active questions for one test. */
    @WithTransaction
    public Uni<CourseDetail> publish(UUID actorId, UUID courseId) {
        return courses.findForUpdate(courseId).chain(course -> {
            requireFound(course, "course_not_found");
            if (course.status == CourseStatus.PUBLISHED) {
                return detail(course);
            }
            return courses.countsOf(courseId).chain(counts -> {
                if (!ready(course, counts)) {
                    throw notReady("course_not_ready", course, counts);
                }
                course.status = CourseStatus.PUBLISHED;
                course.updatedAt = now();
                return audit.record(actorId, "course.published", "course", course.id.toString(), Map.of())
                        .chain(() -> detail(course));
            });
        });
    }

    @WithTransaction
    public Uni<CourseDetail> unpublish(UUID actorId, UUID courseId) {
        return courses.findForUpdate(courseId).chain(course -> {
            requireFound(course, "course_not_found");
            if (course.status == CourseStatus.DRAFT) {
                return detail(course);
            }
            course.status = CourseStatus.DRAFT;
            course.updatedAt = now();
            return audit.record(actorId, "course.unpublished", "course", course.id.toString(), Map.of())
                    .chain(() -> detail(course));
        });
    }

    /**
     * Puts every module and every active lesson of the course in the order given. The request must
     * name each of them exactly once; lessons may change module.
     */
    @WithTransaction
    public Uni<CourseDetail> reorder(UUID actorId, UUID courseId, ReorderRequest request) {
        if (request.modules() == null) {
            new Violations().add("modules", "required").throwIfAny();
        }
        return courses.findForUpdate(courseId).chain(course -> {
            requireFound(course, "course_not_found");
            return modules.ofCourse(courseId).chain(ms -> lessons.activeOfCourse(courseId).chain(ls -> {
                Map<UUID, CourseModule> moduleById = byId(ms, m -> m.id);
                Map<UUID, Lesson> lessonById = byId(ls, l -> l.id);
                checkOrder(request.modules(), moduleById, lessonById);
                List<Map<String, Object>> order = new ArrayList<>();
                for (int i = 0; i < request.modules().size(); i++) {
                    ModuleOrder entry = request.modules().get(i);
                    CourseModule module = moduleById.get(entry.moduleId());
                    module.position = i + 1; // the (course, position) uniqueness is checked at commit
                    for (int j = 0; j < entry.lessonIds().size(); j++) {
                        Lesson lesson = lessonById.get(entry.lessonIds().get(j));
                        if (!lesson.moduleId.equals(module.id) || lesson.position != j + 1) {
                            lesson.moduleId = module.id;
                            lesson.position = j + 1;
                            lesson.updatedAt = now();
                        }
                    }
                    order.add(Map.<String, Object>of("moduleId", module.id.toString(),
                            "lessonIds", entry.lessonIds().stream().map(UUID::toString).toList()));
                }
                return renumber(courseId)
                        .call(() -> audit.record(actorId, "course.reordered", "course", courseId.toString(),
                                Map.of("order", order)))
                        .chain(() -> detail(course));
            }));
        });
    }

    // --- Modules -------------------------------------------------------------------------------------

    @WithTransaction
    public Uni<ModuleView> createModule(UUID actorId, UUID courseId, ModuleRequest request) {
        Violations v = new Violations();
        String title = line(v, "title", request.title(), true, TITLE_MAX);
        String description = text(v, "description", request.description(), DESCRIPTION_MAX);
        v.throwIfAny();
        return courses.findForUpdate(courseId).chain(course -> {
            requireFound(course, "course_not_found");
            return modules.nextPosition(courseId).chain(position -> {
                CourseModule module = new CourseModule();
                module.id = Ids.newId();
                module.courseId = courseId;
                module.position = position;
                module.title = title;
                module.description = description == null ? "" : description;
                return modules.persist(module);
            });
        }).call(module -> renumber(courseId))
                .call(module -> audit.record(actorId, "module.created", "module", module.id.toString(),
                        Map.of("courseId", courseId.toString(), "title", module.title)))
                .map(module -> ModuleView.of(module, List.of(), Map.of()));
    }

    @WithTransaction
    public Uni<ModuleView> updateModule(UUID actorId, UUID moduleId, ModuleRequest request) {
        Violations v = new Violations();
        String title = line(v, "title", request.title(), false, TITLE_MAX);
        String description = text(v, "description", request.description(), DESCRIPTION_MAX);
        v.throwIfAny();
        return modules.findById(moduleId).chain(module -> {
            requireFound(module, "module_not_found");
            Changes changes = new Changes();
            module.title = changes.set("title", module.title, title);
            module.description = changes.set("description", module.description, description);
            Uni<Void> recorded = changes.none() ? Uni.createFrom().voidItem()
                    : audit.record(actorId, "module.updated", "module", module.id.toString(),
                            Map.of("courseId", module.courseId.toString(), "fields", changes.names()));
            return recorded.chain(() -> lessons.activeOfModule(module.id))
                    .chain(ls -> lessons.ordinals(module.courseId).map(ords -> ModuleView.of(module, ls, ords)));
        });
    }

    // --- Lessons -------------------------------------------------------------------------------------

    @WithTransaction
    public Uni<LessonDetail> createLesson(UUID actorId, UUID moduleId, CreateLessonRequest request) {
        Violations v = new Violations();
        String title = line(v, "title", request.title(), true, TITLE_MAX);
        if (request.kind() == null) {
            v.add("kind", "required");
        }
        String body = text(v, "bodyMarkdown", request.bodyMarkdown(), BODY_MAX);
        String videoUrl = url(v, "videoUrl", request.videoUrl());
        String captionsUrl = url(v, "captionsUrl", request.captionsUrl());
        range(v, "videoDurationSeconds", request.videoDurationSeconds(), 1, Integer.MAX_VALUE);
        range(v, "estimatedMinutes", request.estimatedMinutes(), 1, 600);
        if (request.kind() == LessonKind.VIDEO && videoUrl == null && !v.has("videoUrl")) {
            v.add("videoUrl", "required");
        }
        if (request.kind() == LessonKind.TEXT) {
            notForText(v, videoUrl, request.videoDurationSeconds(), captionsUrl);
        }
        v.throwIfAny();
        return modules.findById(moduleId).chain(module -> {
            requireFound(module, "module_not_found");
            return courses.findForUpdate(module.courseId)
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
                        lesson.estimatedMinutes = Objects.requireNonNullElse(request.estimatedMinutes(),
                                DEFAULT_ESTIMATED_MINUTES);
                        lesson.retired = false;
                        lesson.updatedAt = now();
                        return lessons.persist(lesson);
                    })
                    .call(lesson -> renumber(lesson.courseId))
                    .call(lesson -> audit.record(actorId, "lesson.created", "lesson", lesson.id.toString(),
                            Map.of("courseId", lesson.courseId.toString(), "moduleId", moduleId.toString(),
                                    "title", lesson.title)))
                    .chain(lesson -> lessons.ordinals(lesson.courseId)
                            .map(ords -> LessonDetail.of(lesson, ords.get(lesson.id))));
        });
    }

    @WithSession
    public Uni<LessonDetail> getLesson(UUID lessonId) {
        return lessons.findById(lessonId).map(lesson -> {
            requireFound(lesson, "lesson_not_found");
            return LessonDetail.of(lesson, lesson.ordinal);
        });
    }

    /** Changes the lesson in place (its place in the course stays); a retired lesson cannot be changed. */
    @WithTransaction
    public Uni<LessonDetail> updateLesson(UUID actorId, UUID lessonId, UpdateLessonRequest request) {
        Violations v = new Violations();
        String title = line(v, "title", request.title(), false, TITLE_MAX);
        String body = text(v, "bodyMarkdown", request.bodyMarkdown(), BODY_MAX);
        String videoUrl = url(v, "videoUrl", request.videoUrl());
        // An empty captionsUrl removes the captions.
        boolean removeCaptions = request.captionsUrl() != null && request.captionsUrl().isBlank();
        String captionsUrl = removeCaptions ? null : url(v, "captionsUrl", request.captionsUrl());
        range(v, "videoDurationSeconds", request.videoDurationSeconds(), 1, Integer.MAX_VALUE);
        range(v, "estimatedMinutes", request.estimatedMinutes(), 1, 600);
        v.throwIfAny();
        return lessons.findById(lessonId).chain(lesson -> {
            requireFound(lesson, "lesson_not_found");
            if (lesson.retired) {
                throw new ApiException(409, "lesson_retired");
            }
            LessonKind kind = request.kind() != null ? request.kind() : lesson.kind;
            Violations kv = new Violations();
            if (kind == LessonKind.TEXT) {
                notForText(kv, videoUrl, request.videoDurationSeconds(), captionsUrl);
            } else if (videoUrl == null && lesson.videoUrl == null) {
                kv.add("videoUrl", "required");
            }
            kv.throwIfAny();
            Changes changes = new Changes();
            lesson.title = changes.set("title", lesson.title, title);
            lesson.kind = changes.set("kind", lesson.kind, request.kind());
            lesson.bodyMarkdown = changes.set("bodyMarkdown", lesson.bodyMarkdown, body);
            lesson.estimatedMinutes = changes.set("estimatedMinutes", lesson.estimatedMinutes,
                    request.estimatedMinutes());
            if (kind == LessonKind.TEXT) { // a text lesson has no video
                lesson.videoUrl = changes.clear("videoUrl", lesson.videoUrl);
                lesson.videoDurationSeconds = changes.clear("videoDurationSeconds", lesson.videoDurationSeconds);
                lesson.captionsUrl = changes.clear("captionsUrl", lesson.captionsUrl);
            } else {
                lesson.videoUrl = changes.set("videoUrl", lesson.videoUrl, videoUrl);
                lesson.videoDurationSeconds = changes.set("videoDurationSeconds", lesson.videoDurationSeconds,
                        request.videoDurationSeconds());
                lesson.captionsUrl = removeCaptions ? changes.clear("captionsUrl", lesson.captionsUrl)
                        : changes.set("captionsUrl", lesson.captionsUrl, captionsUrl);
            }
            if (changes.none()) {
                return Uni.createFrom().item(LessonDetail.of(lesson, lesson.ordinal));
            }
            lesson.updatedAt = now();
            return audit.record(actorId, "lesson.updated", "lesson", lesson.id.toString(),
                            Map.of("courseId", lesson.courseId.toString(), "fields", changes.names()))
                    .map(ignored -> LessonDetail.of(lesson, lesson.ordinal));
        });
    }

    /** Retires the lesson: learners no longer see it, its progress and past attempts stay. Idempotent. */
    @WithTransaction
    public Uni<Void> retireLesson(UUID actorId, UUID lessonId) {
        return lessons.findById(lessonId).chain(found -> {
            requireFound(found, "lesson_not_found");
            if (found.retired) {
                return Uni.createFrom().voidItem();
            }
            return courses.findForUpdate(found.courseId).chain(course -> {
                found.retired = true;
                found.updatedAt = now();
                return renumber(course.id)
                        .chain(() -> staysReady(course))
                        .chain(() -> audit.record(actorId, "lesson.retired", "lesson", found.id.toString(),
                                Map.of("courseId", course.id.toString(), "title", found.title)));
            });
        });
    }

    // --- Questions -----------------------------------------------------------------------------------

    @WithSession
    public Uni<Page<QuestionView>> listQuestions(UUID courseId, UUID moduleId, PageRequest page) {
        return requireCourse(courseId)
                .chain(course -> moduleId == null ? Uni.createFrom().voidItem()
                        : modules.findById(moduleId).invoke(m -> {
                            if (m == null || !m.courseId.equals(courseId)) {
                                throw ApiException.notFound("module_not_found");
                            }
                        }).replaceWithVoid())
                .chain(() -> questions.countActive(courseId, moduleId))
                .chain(total -> questions.active(courseId, moduleId, page)
                        .map(list -> Page.of(list.stream().map(QuestionView::of).toList(), page, total)));
    }

    @WithTransaction
    public Uni<QuestionView> createQuestion(UUID actorId, UUID courseId, CreateQuestionRequest request) {
        Violations v = new Violations();
        if (request.moduleId() == null) {
            v.add("moduleId", "required");
        }
        String prompt = line(v, "prompt", request.prompt(), true, PROMPT_MAX);
        List<QuestionOption> options = options(v, request.options(), true);
        String correct = Texts.cleanOrNull(request.correctOption());
        if (correct == null) {
            v.add("correctOption", "required");
        } else if (options != null && options.stream().noneMatch(o -> o.id().equals(correct))) {
            v.add("correctOption", "not_an_option");
        }
        String explanation = text(v, "explanation", request.explanation(), EXPLANATION_MAX);
        v.throwIfAny();
        return requireCourse(courseId)
                .call(course -> moduleOfCourse(request.moduleId(), courseId))
                .chain(course -> {
                    Question question = new Question();
                    question.id = Ids.newId();
                    question.courseId = courseId;
                    question.moduleId = request.moduleId();
                    question.prompt = prompt;
                    question.options = QuestionOptions.encode(options);
                    question.correctOption = correct;
                    question.explanation = explanation == null ? "" : explanation;
                    question.active = true;
                    question.updatedAt = now();
                    return questions.persist(question);
                })
                .call(q -> audit.record(actorId, "question.created", "question", q.id.toString(),
                        Map.of("courseId", courseId.toString(), "moduleId", q.moduleId.toString())))
                .map(QuestionView::of);
    }

    /**
     * Changes a question of the bank. Past attempts are not affected: they copied the question when
     * it was drawn.
     */
    @WithTransaction
    public Uni<QuestionView> updateQuestion(UUID actorId, UUID questionId, UpdateQuestionRequest request) {
        Violations v = new Violations();
        String prompt = line(v, "prompt", request.prompt(), false, PROMPT_MAX);
        List<QuestionOption> options = options(v, request.options(), false);
        String correct = Texts.cleanOrNull(request.correctOption());
        String explanation = text(v, "explanation", request.explanation(), EXPLANATION_MAX);
        v.throwIfAny();
        return questions.findById(questionId).chain(question -> {
            requireFound(question, "question_not_found");
            if (!question.active) {
                throw new ApiException(409, "question_inactive");
            }
            List<QuestionOption> newOptions = options != null ? options : QuestionOptions.decode(question.options);
            String newCorrect = correct != null ? correct : question.correctOption;
            if (newOptions.stream().noneMatch(o -> o.id().equals(newCorrect))) {
                new Violations().add("correctOption", "not_an_option").throwIfAny();
            }
            Uni<Void> moduleChecked = request.moduleId() == null ? Uni.createFrom().voidItem()
                    : moduleOfCourse(request.moduleId(), question.courseId);
            return moduleChecked.chain(() -> {
                Changes changes = new Changes();
                question.moduleId = changes.set("moduleId", question.moduleId, request.moduleId());
                question.prompt = changes.set("prompt", question.prompt, prompt);
                boolean newOptionList = options != null && !options.equals(QuestionOptions.decode(question.options));
                question.options = changes.set("options", question.options,
                        newOptionList ? QuestionOptions.encode(options) : null);
                question.correctOption = changes.set("correctOption", question.correctOption, correct);
                question.explanation = changes.set("explanation", question.explanation, explanation);
                if (changes.none()) {
                    return Uni.createFrom().item(QuestionView.of(question));
                }
                question.updatedAt = now();
                return audit.record(actorId, "question.updated", "question", question.id.toString(),
                                Map.of("courseId", question.courseId.toString(), "fields", changes.names()))
                        .map(ignored -> QuestionView.of(question));
            });
        });
    }

    /** Takes the question out of the bank; it stays in the attempts that drew it. Idempotent. */
    @WithTransaction
    public Uni<Void> deactivateQuestion(UUID actorId, UUID questionId) {
        return questions.findById(questionId).chain(question -> {
            requireFound(question, "question_not_found");
            if (!question.active) {
                return Uni.createFrom().voidItem();
            }
            return courses.findForUpdate(question.courseId).chain(course -> {
                question.active = false;
                question.updatedAt = now();
                return staysReady(course)
                        .chain(() -> audit.record(actorId, "question.deactivated", "question",
                                question.id.toString(), Map.of("courseId", course.id.toString())));
            });
        });
    }

    // --- Helpers -------------------------------------------------------------------------------------

    /** The course as the administrator sees it: settings, and modules with their active lessons in order. */
    private Uni<CourseDetail> detail(Course course) {
        return Panache.flush()
                .chain(() -> modules.ofCourse(course.id))
                .chain(ms -> lessons.activeOfCourse(course.id)
                        .chain(ls -> lessons.ordinals(course.id)
                                .chain(ords -> courses.countsOf(course.id)
                                        .map(n -> CourseDetail.of(course, n.activeQuestions(), ms, ls, ords)))));
    }

    /** Writes pending changes, then lets the database renumber the course's lessons. */
    private Uni<Void> renumber(UUID courseId) {
        return Panache.flush().chain(() -> courses.renumberLessons(courseId));
    }

    /** For a published course: refuses (and so rolls back) a change that leaves it unfit to be taken. */
    private Uni<Void> staysReady(Course course) {
        if (course.status != CourseStatus.PUBLISHED) {
            return Uni.createFrom().voidItem();
        }
        return Panache.flush().chain(() -> courses.countsOf(course.id)).invoke(counts -> {
            if (!ready(course, counts)) {
                throw notReady("course_must_stay_ready", course, counts);
            }
        }).replaceWithVoid();
    }

    private static boolean ready(Course course, CourseRepository.Counts counts) {
        return counts.modules() >= 1 && counts.activeLessons() >= 1 && counts.activeQuestions() >= course.questionCount;
    }

    /** 409 whose message states each requirement next to what the course has. */
    private static ApiException notReady(String code, Course course, CourseRepository.Counts counts) {
        return new ApiException(409, code, counts.modules(), counts.activeLessons(), course.questionCount,
                counts.activeQuestions());
    }

    private Uni<Course> requireCourse(UUID courseId) {
        return courses.findById(courseId).invoke(course -> requireFound(course, "course_not_found"));
    }

    /** The module must be one of the course's; else a violation of {@code moduleId}. */
    private Uni<Void> moduleOfCourse(UUID moduleId, UUID courseId) {
        return modules.findById(moduleId).invoke(module -> {
            if (module == null || !module.courseId.equals(courseId)) {
                new Violations().add("moduleId", "module_not_in_course").throwIfAny();
            }
        }).replaceWithVoid();
    }

    private static void requireFound(Object entity, String code) {
        if (entity == null) {
            throw ApiException.notFound(code);
        }
    }

    private static void checkOrder(List<ModuleOrder> order, Map<UUID, CourseModule> moduleById,
            Map<UUID, Lesson> lessonById) {
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
        long missingModules = moduleById.keySet().stream().filter(id -> !seenModules.contains(id)).count();
        if (missingModules > 0) {
            v.add("modules", "modules_missing", missingModules);
        }
        long missingLessons = lessonById.keySet().stream().filter(id -> !seenLessons.contains(id)).count();
        if (missingLessons > 0) {
            v.add("modules", "lessons_missing", missingLessons);
        }
        v.throwIfAny();
    }

    /** The options, checked; {@code null} when absent (and not required) or wrong. */
    private static List<QuestionOption> options(Violations v, List<QuestionOption> given, boolean required) {
        if (given == null) {
            if (required) {
                v.add("options", "required");
            }
            return null;
        }
        if (given.size() < OPTIONS_MIN || given.size() > OPTIONS_MAX) {
            v.add("options", "option_count", OPTIONS_MIN, OPTIONS_MAX);
            return null;
        }
        List<QuestionOption> cleaned = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < given.size(); i++) {
            QuestionOption option = given.get(i);
            String at = "options[" + i + "]";
            if (option == null) {
                v.add(at, "required");
                valid = false;
                continue;
            }
            String id = option.id() == null ? null : option.id().strip();
            if (id == null || id.isEmpty()) {
                v.add(at + ".id", "required");
                valid = false;
            } else if (!OPTION_ID.matcher(id).matches()) {
                v.add(at + ".id", "option_id_format");
                valid = false;
            } else if (!ids.add(id)) {
                v.add(at + ".id", "duplicate_option");
                valid = false;
            }
            String text = line(v, at + ".text", option.text(), true, OPTION_TEXT_MAX);
            valid &= text != null;
            cleaned.add(new QuestionOption(id, text));
        }
        return valid ? cleaned : null;
    }

    /** One line of text (a title, a prompt): NFC, single spaces; {@code null} when absent or wrong. */
    private static String line(Violations v, String field, String value, boolean required, int max) {
        String cleaned = Texts.clean(value);
        if (cleaned == null || cleaned.isEmpty()) {
            if (required || cleaned != null) {
                v.add(field, "required");
            }
            return null;
        }
        if (cleaned.length() > max) {
            v.add(field, "size", 1, max);
            return null;
        }
        return cleaned;
    }

    /** Free text (a description, a lesson body): NFC and trimmed, line breaks kept; may be empty. */
    private static String text(Violations v, String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String cleaned = Normalizer.normalize(value, Normalizer.Form.NFC).replace("\r\n", "\n").strip();
        if (cleaned.length() > max) {
            v.add(field, "size", 0, max);
            return null;
        }
        return cleaned;
    }

    /** A media address: a path on our own server ("/media/…") or an https URL. */
    private static String url(Violations v, String field, String value) {
        if (value == null) {
            return null;
        }
        String url = value.strip();
        if (url.length() > URL_MAX) {
            v.add(field, "size", 1, URL_MAX);
            return null;
        }
        try {
            URI uri = new URI(url);
            boolean relativePath = uri.getScheme() == null && uri.getAuthority() == null
                    && uri.getPath() != null && uri.getPath().startsWith("/") && !url.startsWith("//");
            boolean https = "https".equals(uri.getScheme()) && uri.getHost() != null;
            if (relativePath || https) {
                return url;
            }
        } catch (URISyntaxException e) {
            // falls through to the violation
        }
        v.add(field, "media_url");
        return null;
    }

    private static void range(Violations v, String field, Integer value, int min, int max) {
        if (value == null) {
            return;
        }
        if (value < min) {
            v.add(field, "min", min);
        } else if (value > max) {
            v.add(field, "max", max);
        }
    }

    private static void notForText(Violations v, String videoUrl, Integer durationSeconds, String captionsUrl) {
        if (videoUrl != null) {
            v.add("videoUrl", "not_for_text_lesson");
        }
        if (durationSeconds != null) {
            v.add("videoDurationSeconds", "not_for_text_lesson");
        }
        if (captionsUrl != null) {
            v.add("captionsUrl", "not_for_text_lesson");
        }
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The final test's settings as a request gives them; {@code null} leaves a setting as it is. */
    private record Settings(Integer passMarkPercent, Integer questionCount, Integer timeLimitMinutes,
            Integer maxAttempts, Integer attemptCooldownMinutes, Integer videoCompletionPercent,
            String afterLastAttempt, Integer retakeCooldownMinutes, Boolean hideAnswersUntilPassed,
            Integer readingWordsPerMinute) {

        /** The ranges of the CHECK constraints of the course table. */
        void check(Violations v) {
            range(v, "passMarkPercent", passMarkPercent, 1, 100);
            range(v, "questionCount", questionCount, 1, 200);
            range(v, "timeLimitMinutes", timeLimitMinutes, 1, 600);
            range(v, "maxAttempts", maxAttempts, 1, 100);
            range(v, "attemptCooldownMinutes", attemptCooldownMinutes, 0, Integer.MAX_VALUE);
            range(v, "videoCompletionPercent", videoCompletionPercent, 1, 100);
            if (afterLastAttempt != null && !afterLastAttempt.equals("COOLDOWN") && !afterLastAttempt.equals("MANAGER")) {
                v.add("afterLastAttempt", "invalid_choice");
            }
            range(v, "retakeCooldownMinutes", retakeCooldownMinutes, 0, 525_600);
            range(v, "readingWordsPerMinute", readingWordsPerMinute, 0, 5000);
        }

        void applyTo(Course course) {
            applyTo(course, new Changes());
        }

        void applyTo(Course c, Changes changes) {
            c.passMarkPercent = changes.set("passMarkPercent", c.passMarkPercent, passMarkPercent);
            c.questionCount = changes.set("questionCount", c.questionCount, questionCount);
            c.timeLimitMinutes = changes.set("timeLimitMinutes", c.timeLimitMinutes, timeLimitMinutes);
            c.maxAttempts = changes.set("maxAttempts", c.maxAttempts, maxAttempts);
            c.attemptCooldownMinutes = changes.set("attemptCooldownMinutes", c.attemptCooldownMinutes,
                    attemptCooldownMinutes);
            c.videoCompletionPercent = changes.set("videoCompletionPercent", c.videoCompletionPercent,
                    videoCompletionPercent);
            c.afterLastAttempt = changes.set("afterLastAttempt", c.afterLastAttempt, afterLastAttempt);
            c.retakeCooldownMinutes = changes.set("retakeCooldownMinutes", c.retakeCooldownMinutes,
                    retakeCooldownMinutes);
            c.hideAnswersUntilPassed = changes.set("hideAnswersUntilPassed", c.hideAnswersUntilPassed,
                    hideAnswersUntilPassed);
            c.readingWordsPerMinute = changes.set("readingWordsPerMinute", c.readingWordsPerMinute,
                    readingWordsPerMinute);
        }
    }

    /** The names of the fields a partial update really changed, for the audit record. */
    private static final class Changes {

        private final List<String> names = new ArrayList<>();

        /** The new value if one was given, else the current one; notes the field when it differs. */
        <T> T set(String field, T current, T given) {
            if (given == null || given.equals(current)) {
                return current;
            }
            names.add(field);
            return given;
        }

        <T> T clear(String field, T current) {
            if (current != null) {
                names.add(field);
            }
            return null;
        }

        boolean has(String field) {
            return names.contains(field);
        }

        boolean none() {
            return names.isEmpty();
        }

        List<String> names() {
            return List.copyOf(names);
        }
    }
}
