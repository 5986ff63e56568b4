package vn.hocvuso.course;

import static vn.hocvuso.course.CourseStructure.now;
import static vn.hocvuso.course.CourseStructure.requireFound;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.course.AdminCourseViews.CreateQuestionRequest;
import vn.hocvuso.course.AdminCourseViews.QuestionOption;
import vn.hocvuso.course.AdminCourseViews.QuestionView;
import vn.hocvuso.course.AdminCourseViews.UpdateQuestionRequest;

/**
 * The province administrator's question bank: questions of a course, each under one of its modules,
 * taken out of the bank rather than deleted. A published course keeps enough active questions for one
 * test ({@link PublishingRules}). Audited.
 */
@ApplicationScoped
public class AdminQuestionService {

    private final CourseModuleRepository modules;
    private final QuestionRepository questions;
    private final CourseStructure structure;
    private final PublishingRules rules;
    private final AuditLog audit;

    public AdminQuestionService(
            CourseModuleRepository modules,
            QuestionRepository questions,
            CourseStructure structure,
            PublishingRules rules,
            AuditLog audit) {
        this.modules = modules;
        this.questions = questions;
        this.structure = structure;
        this.rules = rules;
        this.audit = audit;
    }

    @WithSession
    public Uni<Page<QuestionView>> list(UUID courseId, UUID moduleId, PageRequest page) {
        return structure
                .course(courseId)
                .chain(course -> moduleId == null
                        ? Uni.createFrom().voidItem()
                        : modules.findById(moduleId)
                                .invoke(m -> {
                                    if (m == null || !m.courseId.equals(courseId)) {
                                        throw ApiException.notFound("module_not_found");
                                    }
                                })
                                .replaceWithVoid())
                .chain(() -> questions.countActive(courseId, moduleId))
                .chain(total -> questions
                        .active(courseId, moduleId, page)
                        .map(list -> Page.of(list.stream().map(QuestionView::of).toList(), page, total)));
    }

    @WithTransaction
    public Uni<QuestionView> create(UUID actorId, UUID courseId, CreateQuestionRequest request) {
        String prompt = request.prompt();
        List<QuestionOption> options = request.options();
        String correct = request.correctOption();
        String explanation = request.explanation();
        return structure
                .course(courseId)
                .call(course -> structure.moduleOfCourse(request.moduleId(), courseId))
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
                .call(q -> audit.record(
                        actorId,
                        "question.created",
                        "question",
                        q.id.toString(),
                        Map.of("courseId", courseId.toString(), "moduleId", q.moduleId.toString())))
                .map(QuestionView::of);
    }

    /**
     * Changes a question of the bank. Past attempts are not affected: they copied the question when
     * it was drawn.
     */
    @WithTransaction
    public Uni<QuestionView> update(UUID actorId, UUID questionId, UpdateQuestionRequest request) {
        String prompt = request.prompt();
        List<QuestionOption> options = request.options();
        String correct = "".equals(request.correctOption()) ? null : request.correctOption();
        String explanation = request.explanation();
        return questions.findById(questionId).chain(question -> {
            requireFound(question, "question_not_found");
            if (!question.active) {
                throw new ApiException(StatusCode.CONFLICT, "question_inactive");
            }
            List<QuestionOption> newOptions = options != null ? options : QuestionOptions.decode(question.options);
            String newCorrect = correct != null ? correct : question.correctOption;
            if (newOptions.stream().noneMatch(o -> o.id().equals(newCorrect))) {
                throw ApiException.invalid("correctOption", "not_an_option");
            }
            Uni<Void> moduleChecked = request.moduleId() == null
                    ? Uni.createFrom().voidItem()
                    : structure.moduleOfCourse(request.moduleId(), question.courseId);
            return moduleChecked.chain(() -> {
                FieldChanges changes = new FieldChanges();
                question.moduleId = changes.set("moduleId", question.moduleId, request.moduleId());
                question.prompt = changes.set("prompt", question.prompt, prompt);
                boolean newOptionList = options != null && !options.equals(QuestionOptions.decode(question.options));
                question.options = changes.set(
                        "options", question.options, newOptionList ? QuestionOptions.encode(options) : null);
                question.correctOption = changes.set("correctOption", question.correctOption, correct);
                question.explanation = changes.set("explanation", question.explanation, explanation);
                if (changes.none()) {
                    return Uni.createFrom().item(QuestionView.of(question));
                }
                question.updatedAt = now();
                return audit.record(
                                actorId,
                                "question.updated",
                                "question",
                                question.id.toString(),
                                Map.of("courseId", question.courseId.toString(), "fields", changes.names()))
                        .map(ignored -> QuestionView.of(question));
            });
        });
    }

    /** Takes the question out of the bank; it stays in the attempts that drew it. Idempotent. */
    @WithTransaction
    public Uni<Void> deactivate(UUID actorId, UUID questionId) {
        return questions.findById(questionId).chain(question -> {
            requireFound(question, "question_not_found");
            if (!question.active) {
                return Uni.createFrom().voidItem();
            }
            return structure.lockedCourse(question.courseId).chain(course -> {
                question.active = false;
                question.updatedAt = now();
                return rules.staysReady(course)
                        .chain(() -> audit.record(
                                actorId,
                                "question.deactivated",
                                "question",
                                question.id.toString(),
                                Map.of("courseId", course.id.toString())));
            });
        });
    }
}
