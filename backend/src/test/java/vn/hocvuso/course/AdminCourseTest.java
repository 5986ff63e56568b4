package vn.hocvuso.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Tokens;

@QuarkusTest
class AdminCourseTest {

    private static final String ADMIN = "/api/v1/admin";

    // --- Builders --------------------------------------------------------------------------------------

    private static String uniqueSlug() {
        return "khoa-hoc-" + System.nanoTime();
    }

    private static Map<String, Object> course(Object... settings) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", uniqueSlug());
        body.put("title", "Kỹ năng số cơ bản");
        body.put("description", "Dùng điện thoại thông minh và dịch vụ công trực tuyến.");
        for (int i = 0; i < settings.length; i += 2) {
            body.put((String) settings[i], settings[i + 1]);
        }
        return body;
    }

    private static String createCourse(String admin, Object... settings) {
        return api(admin)
                .body(course(settings))
                .post(ADMIN + "/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String createModule(String admin, String courseId, String title) {
        return api(admin)
                .body(Map.of("title", title))
                .post(ADMIN + "/courses/" + courseId + "/modules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String createLesson(String admin, String moduleId, String title) {
        return api(admin)
                .body(Map.of("title", title, "kind", "TEXT", "bodyMarkdown", "Nội dung " + title))
                .post(ADMIN + "/modules/" + moduleId + "/lessons")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> question(String moduleId) {
        Map<String, Object> body = new HashMap<>();
        body.put("moduleId", moduleId);
        body.put("prompt", "Mã OTP nên được chia sẻ với ai?");
        body.put(
                "options",
                List.of(
                        Map.of("id", "a", "text", "Nhân viên ngân hàng"),
                        Map.of("id", "b", "text", "Người thân"),
                        Map.of("id", "c", "text", "Không ai cả")));
        body.put("correctOption", "c");
        body.put("explanation", "Ngân hàng không bao giờ hỏi mã OTP.");
        return body;
    }

    private static String createQuestion(String admin, String courseId, String moduleId) {
        return api(admin)
                .body(question(moduleId))
                .post(ADMIN + "/courses/" + courseId + "/questions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static JsonPath detail(String admin, String courseId) {
        return api(admin)
                .get(ADMIN + "/courses/" + courseId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The body of a reorder request: module id → its lesson ids, in order. */
    private static Map<String, Object> order(Object... moduleThenLessons) {
        List<Map<String, Object>> modules = new java.util.ArrayList<>();
        for (int i = 0; i < moduleThenLessons.length; i += 2) {
            modules.add(Map.of("moduleId", moduleThenLessons[i], "lessonIds", moduleThenLessons[i + 1]));
        }
        return Map.of("modules", modules);
    }

    /** The course's current order as a reorder body (nothing moves). */
    private static Map<String, Object> currentOrder(String admin, String courseId) {
        JsonPath course = detail(admin, courseId);
        List<Map<String, Object>> modules = course.getList("modules");
        Object[] order = new Object[modules.size() * 2];
        for (int i = 0; i < modules.size(); i++) {
            order[2 * i] = modules.get(i).get("id");
            order[2 * i + 1] = course.getList("modules[" + i + "].lessons.id");
        }
        return order(order);
    }

    private static String audited(String action, String subjectId) {
        return Database.queryString(
                "SELECT count(*) FROM audit_event WHERE action = ? AND subject_id = ?", action, subjectId);
    }

    // --- Who may call ----------------------------------------------------------------------------------

    private record Operation(String name, Function<RequestSpecification, Response> call, int success) {}

    @Test
    void anAdministratorCallsEveryCourseEndpointInTurn() {
        String admin = Tokens.admin();
        String courseId = createCourse(admin, "questionCount", 1);
        String moduleId = createModule(admin, courseId, "Chương 1");
        String lessonId = createLesson(admin, moduleId, "Bài 1");
        String lessonToRetire = createLesson(admin, moduleId, "Bài 2");
        String questionId = createQuestion(admin, courseId, moduleId);
        String questionToDeactivate = createQuestion(admin, courseId, moduleId);
        String course = ADMIN + "/courses/" + courseId;

        // In the order the successful calls can run one after the other.
        List<Operation> operations = List.of(
                new Operation("adminListCourses", r -> r.get(ADMIN + "/courses"), 200),
                new Operation("adminCreateCourse", r -> r.body(course()).post(ADMIN + "/courses"), 201),
                new Operation("adminGetCourse", r -> r.get(course), 200),
                new Operation(
                        "adminUpdateCourse",
                        r -> r.body(Map.of("maxAttempts", 5)).patch(course),
                        200),
                new Operation(
                        "adminCreateModule",
                        r -> r.body(Map.of("title", "Chương 2")).post(course + "/modules"),
                        201),
                new Operation(
                        "adminUpdateModule",
                        r -> r.body(Map.of("title", "Chương một")).patch(ADMIN + "/modules/" + moduleId),
                        200),
                new Operation(
                        "adminCreateLesson",
                        r -> r.body(Map.of("title", "Bài 3", "kind", "TEXT"))
                                .post(ADMIN + "/modules/" + moduleId + "/lessons"),
                        201),
                new Operation("adminGetLesson", r -> r.get(ADMIN + "/lessons/" + lessonId), 200),
                new Operation(
                        "adminUpdateLesson",
                        r -> r.body(Map.of("estimatedMinutes", 7)).patch(ADMIN + "/lessons/" + lessonId),
                        200),
                new Operation(
                        "adminReorderCourse",
                        r -> r.body(currentOrder(admin, courseId)).put(course + "/order"),
                        200),
                new Operation("adminListQuestions", r -> r.get(course + "/questions"), 200),
                new Operation(
                        "adminCreateQuestion", r -> r.body(question(moduleId)).post(course + "/questions"), 201),
                new Operation(
                        "adminUpdateQuestion",
                        r -> r.body(Map.of("prompt", "Mã OTP là gì?")).patch(ADMIN + "/questions/" + questionId),
                        200),
                new Operation("adminPublishCourse", r -> r.post(course + "/publish"), 200),
                new Operation("adminUnpublishCourse", r -> r.post(course + "/unpublish"), 200),
                new Operation("adminRetireLesson", r -> r.delete(ADMIN + "/lessons/" + lessonToRetire), 204),
                new Operation(
                        "adminDeactivateQuestion", r -> r.delete(ADMIN + "/questions/" + questionToDeactivate), 204));

        for (Operation operation : operations) {
            operation.call().apply(api(admin)).then().statusCode(operation.success());
        }
    }

    // --- Courses ---------------------------------------------------------------------------------------

    @Test
    void aNewCourseIsADraftWithDefaultSettingsAndItsSlugIsUnique() {
        String admin = Tokens.admin();
        Map<String, Object> body = course("passMarkPercent", 70);
        body.put("title", Normalizer.normalize("  Kỹ   năng số  ", Normalizer.Form.NFD));
        String id = api(admin)
                .body(body)
                .post(ADMIN + "/courses")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("title", equalTo("Kỹ năng số"))
                .body("passMarkPercent", equalTo(70))
                .body("questionCount", equalTo(20))
                .body("timeLimitMinutes", equalTo(30))
                .body("maxAttempts", equalTo(3))
                .body("attemptCooldownMinutes", equalTo(0))
                .body("videoCompletionPercent", equalTo(90))
                .body("modules", empty())
                .extract()
                .path("id");
        assertThat(Database.queryString("SELECT title FROM course WHERE id = ?::uuid", id))
                .isEqualTo(Normalizer.normalize("Kỹ năng số", Normalizer.Form.NFC));
        assertThat(audited("course.created", id)).isEqualTo("1");

        api(admin)
                .body(Map.of("slug", body.get("slug"), "title", "Khác"))
                .post(ADMIN + "/courses")
                .then()
                .statusCode(409)
                .body("code", equalTo("slug_taken"))
                .body("violations[0].field", equalTo("slug"));

        api(admin)
                .get(ADMIN + "/courses?size=100")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + id + "' }.status", equalTo("DRAFT"))
                .body("items.find { it.id == '" + id + "' }.moduleCount", equalTo(0));
    }

    @Test
    void courseFieldsAreCheckedAndEachWrongOneNamed() {
        String admin = Tokens.admin();
        api(admin)
                .body(Map.of(
                        "slug", "Có Dấu", "passMarkPercent", 0, "questionCount", 201, "attemptCooldownMinutes", -1))
                .post(ADMIN + "/courses")
                .then()
                .statusCode(400)
                .body("code", equalTo("validation_failed"))
                .body("violations.field", hasItem("slug"))
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("passMarkPercent"))
                .body("violations.field", hasItem("questionCount"))
                .body("violations.field", hasItem("attemptCooldownMinutes"))
                .body("violations.find { it.field == 'slug' }.code", equalTo("slug_format"))
                .body("violations.find { it.field == 'questionCount' }.message", equalTo("Giá trị lớn nhất là 200."));

        String id = createCourse(admin);
        api(admin)
                .body(Map.of("videoCompletionPercent", 101, "timeLimitMinutes", 0, "title", " "))
                .patch(ADMIN + "/courses/" + id)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("videoCompletionPercent"))
                .body("violations.field", hasItem("timeLimitMinutes"))
                .body("violations.field", hasItem("title"));
        api(admin)
                .body(Map.of("title", "Kỹ năng số nâng cao", "questionCount", 10))
                .patch(ADMIN + "/courses/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Kỹ năng số nâng cao"))
                .body("questionCount", equalTo(10))
                .body("description", equalTo("Dùng điện thoại thông minh và dịch vụ công trực tuyến."));
        assertThat(Database.queryString(
                        "SELECT details ->> 'fields' FROM audit_event "
                                + "WHERE action = 'course.updated' AND subject_id = ?",
                        id))
                .contains("title")
                .contains("questionCount")
                .doesNotContain("description");

        api(admin)
                .get(ADMIN + "/courses/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("code", equalTo("course_not_found"))
                .body("detail", equalTo("Không tìm thấy khóa học này."));
        api(admin)
                .header("Accept-Language", "en")
                .body(Map.of("title", "x"))
                .patch(ADMIN + "/courses/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("code", equalTo("course_not_found"))
                .body("detail", equalTo("No such course."));
    }

    // --- Structure: modules, lessons, order ------------------------------------------------------------

    @Test
    void ordinalsFollowTheOrderThroughReordersAndRetirements() {
        String admin = Tokens.admin();
        String courseId = createCourse(admin);
        String a = createModule(admin, courseId, "Chương A");
        String b = createModule(admin, courseId, "Chương B");
        String a1 = createLesson(admin, a, "A1");
        String a2 = createLesson(admin, a, "A2");
        String b1 = createLesson(admin, b, "B1");

        JsonPath before = detail(admin, courseId);
        assertThat(before.getList("modules.id")).containsExactly(a, b);
        assertThat(before.getList("modules.position")).containsExactly(1, 2);
        assertThat(before.getList("modules[0].lessons.id")).containsExactly(a1, a2);
        assertThat(before.getList("modules.lessons.ordinal.flatten()")).containsExactly(1, 2, 3);

        // Swap the modules and move A2 into B, after B1.
        api(admin)
                .body(order(b, List.of(b1, a2), a, List.of(a1)))
                .put(ADMIN + "/courses/" + courseId + "/order")
                .then()
                .statusCode(200)
                .body("modules.id", contains(b, a));
        JsonPath after = detail(admin, courseId);
        assertThat(after.getList("modules.id")).containsExactly(b, a);
        assertThat(after.getList("modules.position")).containsExactly(1, 2);
        assertThat(after.getList("modules[0].lessons.id")).containsExactly(b1, a2);
        assertThat(after.getList("modules[0].lessons.position")).containsExactly(1, 2);
        assertThat(after.getList("modules[1].lessons.id")).containsExactly(a1);
        assertThat(after.getList("modules.lessons.ordinal.flatten()")).containsExactly(1, 2, 3);
        api(admin)
                .get(ADMIN + "/lessons/" + a2)
                .then()
                .statusCode(200)
                .body("moduleId", equalTo(b))
                .body("ordinal", equalTo(2));
        assertThat(audited("course.reordered", courseId)).isEqualTo("1");

        // Retiring closes the gap; the retired lesson stays readable.
        api(admin).delete(ADMIN + "/lessons/" + a2).then().statusCode(204);
        JsonPath retired = detail(admin, courseId);
        assertThat(retired.getList("modules[0].lessons.id")).containsExactly(b1);
        assertThat(retired.getList("modules[1].lessons.id")).containsExactly(a1);
        assertThat(retired.getList("modules.lessons.ordinal.flatten()")).containsExactly(1, 2);
        api(admin)
                .get(ADMIN + "/lessons/" + a2)
                .then()
                .statusCode(200)
                .body("retired", equalTo(true))
                .body("ordinal", nullValue());
        api(admin).delete(ADMIN + "/lessons/" + a2).then().statusCode(204); // idempotent
        assertThat(audited("lesson.retired", a2)).isEqualTo("1");
        api(admin)
                .body(Map.of("title", "Sửa bài đã bỏ"))
                .patch(ADMIN + "/lessons/" + a2)
                .then()
                .statusCode(409)
                .body("code", equalTo("lesson_retired"));

        // A new lesson goes to the end of its module (A: A1, A3) and the course is renumbered.
        String a3 = createLesson(admin, a, "A3");
        api(admin)
                .get(ADMIN + "/lessons/" + a3)
                .then()
                .body("ordinal", equalTo(3))
                .body("position", equalTo(2));
        assertThat(audited("lesson.created", a3)).isEqualTo("1");
        assertThat(audited("module.created", b)).isEqualTo("1");
    }

    @Test
    void aReorderMustListEveryModuleAndActiveLessonOnce() {
        String admin = Tokens.admin();
        String courseId = createCourse(admin);
        String a = createModule(admin, courseId, "Chương A");
        String b = createModule(admin, courseId, "Chương B");
        String a1 = createLesson(admin, a, "A1");
        String b1 = createLesson(admin, b, "B1");
        String otherCourse = createCourse(admin);
        String foreignLesson = createLesson(admin, createModule(admin, otherCourse, "Khác"), "Khác");
        String path = ADMIN + "/courses/" + courseId + "/order";

        api(admin)
                .body(order(a, List.of(a1)))
                .put(path)
                .then()
                .statusCode(400)
                .body(
                        "violations.findAll { it.field == 'modules' }.code",
                        contains("modules_missing", "lessons_missing"))
                .body(
                        "violations[0].message",
                        equalTo("Thứ tự mới phải có đủ các chương của khóa học; còn thiếu 1 chương."));
        api(admin)
                .body(order(a, List.of(a1, a1), b, List.of(b1)))
                .put(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("modules[0].lessonIds[1]"))
                .body("violations[0].code", equalTo("duplicate"));
        api(admin)
                .body(order(a, List.of(a1, foreignLesson), b, List.of(b1)))
                .put(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("modules[0].lessonIds[1]"))
                .body("violations[0].code", equalTo("not_in_course"));
        api(admin)
                .body(order(a, List.of(a1), a, List.of(b1)))
                .put(path)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("modules[1].moduleId"));
        api(admin).body(Map.of()).put(path).then().statusCode(400).body("violations[0].field", equalTo("modules"));
        // Nothing moved.
        assertThat(detail(admin, courseId).getList("modules.id")).containsExactly(a, b);
        api(admin)
                .body(order(a, List.of(a1), b, List.of(b1)))
                .put(ADMIN + "/courses/" + UUID.randomUUID() + "/order")
                .then()
                .statusCode(404)
                .body("code", equalTo("course_not_found"));
    }

    @Test
    void modulesAreAppendedAndRenamed() {
        String admin = Tokens.admin();
        String courseId = createCourse(admin);
        createModule(admin, courseId, "Chương 1");
        api(admin)
                .body(Map.of("title", "Chương 2", "description", "Mô tả"))
                .post(ADMIN + "/courses/" + courseId + "/modules")
                .then()
                .statusCode(201)
                .body("position", equalTo(2))
                .body("lessons", empty())
                .body("courseId", equalTo(courseId));
        String moduleId = detail(admin, courseId).getString("modules[1].id");
        api(admin)
                .body(Map.of("title", "Chương hai"))
                .patch(ADMIN + "/modules/" + moduleId)
                .then()
                .statusCode(200)
                .body("title", equalTo("Chương hai"))
                .body("description", equalTo("Mô tả"));
        assertThat(audited("module.updated", moduleId)).isEqualTo("1");
        api(admin)
                .body(Map.of())
                .post(ADMIN + "/courses/" + courseId + "/modules")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("title"));
        api(admin)
                .body(Map.of("title", "X"))
                .patch(ADMIN + "/modules/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("code", equalTo("module_not_found"));
        api(admin)
                .body(Map.of("title", "X"))
                .post(ADMIN + "/courses/" + UUID.randomUUID() + "/modules")
                .then()
                .statusCode(404)
                .body("code", equalTo("course_not_found"));
    }

    @Test
    void lessonsAreCheckedAndTheirBodyEditsShow() {
        String admin = Tokens.admin();
        String courseId = createCourse(admin);
        String moduleId = createModule(admin, courseId, "Chương 1");
        String lessons = ADMIN + "/modules/" + moduleId + "/lessons";

        api(admin)
                .body(Map.of("title", "Video", "kind", "VIDEO"))
                .post(lessons)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("videoUrl"))
                .body("violations[0].code", equalTo("required"));
        api(admin)
                .body(Map.of(
                        "title",
                        "Video",
                        "kind",
                        "VIDEO",
                        "videoUrl",
                        "http://example.vn/a.mp4",
                        "captionsUrl",
                        "javascript:alert(1)",
                        "estimatedMinutes",
                        0))
                .post(lessons)
                .then()
                .statusCode(400)
                .body("violations.find { it.field == 'videoUrl' }.code", equalTo("media_url"))
                .body("violations.find { it.field == 'captionsUrl' }.code", equalTo("media_url"))
                .body("violations.find { it.field == 'estimatedMinutes' }.code", equalTo("min"));
        api(admin)
                .body(Map.of("title", "Đọc", "kind", "TEXT", "videoUrl", "/media/a.mp4"))
                .post(lessons)
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("not_for_text_lesson"));
        api(admin)
                .body(Map.of("title", "Đọc", "kind", "AUDIO"))
                .post(lessons)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("kind"));

        String video = api(admin)
                .body(Map.of(
                        "title",
                        "Bật máy",
                        "kind",
                        "VIDEO",
                        "videoUrl",
                        "/media/bat-may.mp4",
                        "videoDurationSeconds",
                        312,
                        "captionsUrl",
                        "https://cdn.example.vn/bat-may.vtt"))
                .post(lessons)
                .then()
                .statusCode(201)
                .body("kind", equalTo("VIDEO"))
                .body("ordinal", equalTo(1))
                .body("estimatedMinutes", equalTo(5))
                .body("bodyMarkdown", equalTo(""))
                .extract()
                .path("id");

        String body = "## Các bước\n\n1. Mở **Cài đặt**.\n2. Chọn Wi-Fi.";
        String nfd = Normalizer.normalize(body, Normalizer.Form.NFD);
        api(admin)
                .body(Map.of("bodyMarkdown", nfd))
                .patch(ADMIN + "/lessons/" + video)
                .then()
                .statusCode(200);
        api(admin)
                .get(ADMIN + "/lessons/" + video)
                .then()
                .statusCode(200)
                .body("bodyMarkdown", equalTo(Normalizer.normalize(body, Normalizer.Form.NFC)))
                .body("videoUrl", equalTo("/media/bat-may.mp4"))
                .body("ordinal", equalTo(1));
        assertThat(audited("lesson.updated", video)).isEqualTo("1");
        // The outline does not carry bodies.
        api(admin)
                .get(ADMIN + "/courses/" + courseId)
                .then()
                .body("modules[0].lessons[0].containsKey('bodyMarkdown')", equalTo(false))
                .body("modules[0].lessons[0].title", equalTo("Bật máy"));

        // Becoming a text lesson drops the video; becoming a video again needs one.
        api(admin)
                .body(Map.of("kind", "TEXT"))
                .patch(ADMIN + "/lessons/" + video)
                .then()
                .statusCode(200)
                .body("kind", equalTo("TEXT"))
                .body("videoUrl", nullValue())
                .body("captionsUrl", nullValue())
                .body("videoDurationSeconds", nullValue());
        api(admin)
                .body(Map.of("kind", "VIDEO"))
                .patch(ADMIN + "/lessons/" + video)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("videoUrl"));
        api(admin)
                .body(Map.of("kind", "VIDEO", "videoUrl", "https://cdn.example.vn/v.mp4"))
                .patch(ADMIN + "/lessons/" + video)
                .then()
                .statusCode(200)
                .body("kind", equalTo("VIDEO"));

        api(admin)
                .get(ADMIN + "/lessons/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("code", equalTo("lesson_not_found"));
        api(admin)
                .body(Map.of("title", "X", "kind", "TEXT"))
                .post(ADMIN + "/modules/" + UUID.randomUUID() + "/lessons")
                .then()
                .statusCode(404)
                .body("code", equalTo("module_not_found"));
        api(admin)
                .delete(ADMIN + "/lessons/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("code", equalTo("lesson_not_found"));
    }

    // --- Publishing ------------------------------------------------------------------------------------

    @Test
    void aCourseIsPublishedOnlyWhenItHasContentAndEnoughQuestions() {
        String admin = Tokens.admin();
        String courseId = createCourse(admin, "questionCount", 2);
        String publish = ADMIN + "/courses/" + courseId + "/publish";

        api(admin)
                .post(publish)
                .then()
                .statusCode(409)
                .body("code", equalTo("course_not_ready"))
                .body(
                        "detail",
                        equalTo("Chưa thể xuất bản khóa học. Cần ít nhất 1 chương (hiện có 0), 1 bài học "
                                + "đang dùng (hiện có 0) và 2 câu hỏi đang dùng cho một lượt kiểm tra (hiện có 0)."));
        String moduleId = createModule(admin, courseId, "Chương 1");
        api(admin).post(publish).then().statusCode(409).body("code", equalTo("course_not_ready"));
        String lessonId = createLesson(admin, moduleId, "Bài 1");
        String q1 = createQuestion(admin, courseId, moduleId);
        api(admin)
                .header("Accept-Language", "en")
                .post(publish)
                .then()
                .statusCode(409)
                .body("detail", containsString("2 active questions for one test (it has 1)"));
        createQuestion(admin, courseId, moduleId);
        api(admin)
                .post(publish)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("activeQuestionCount", equalTo(2));
        api(admin).post(publish).then().statusCode(200); // already published: nothing changes
        assertThat(audited("course.published", courseId)).isEqualTo("1");

        // A published course stays takeable.
        api(admin)
                .delete(ADMIN + "/questions/" + q1)
                .then()
                .statusCode(409)
                .body("code", equalTo("course_must_stay_ready"));
        api(admin)
                .body(Map.of("questionCount", 3))
                .patch(ADMIN + "/courses/" + courseId)
                .then()
                .statusCode(409)
                .body("code", equalTo("course_must_stay_ready"));
        api(admin).delete(ADMIN + "/lessons/" + lessonId).then().statusCode(409);
        api(admin).get(ADMIN + "/lessons/" + lessonId).then().body("retired", equalTo(false));

        api(admin)
                .post(ADMIN + "/courses/" + courseId + "/unpublish")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"));
        assertThat(audited("course.unpublished", courseId)).isEqualTo("1");
        api(admin).delete(ADMIN + "/questions/" + q1).then().statusCode(204);
        api(admin)
                .get(ADMIN + "/courses?size=100")
                .then()
                .body("items.find { it.id == '" + courseId + "' }.activeQuestionCount", equalTo(1))
                .body("items.find { it.id == '" + courseId + "' }.lessonCount", equalTo(1))
                .body("items.find { it.id == '" + courseId + "' }.moduleCount", equalTo(1));
        api(admin)
                .post(ADMIN + "/courses/" + UUID.randomUUID() + "/publish")
                .then()
                .statusCode(404)
                .body("code", equalTo("course_not_found"));
    }

    // --- Questions -------------------------------------------------------------------------------------

    @Test
    void questionsAreCheckedAndEachWrongFieldNamed() {
        String admin = Tokens.admin();
        String courseId = createCourse(admin);
        String moduleId = createModule(admin, courseId, "Chương 1");
        String questions = ADMIN + "/courses/" + courseId + "/questions";

        Map<String, Object> one = question(moduleId);
        one.put("options", List.of(Map.of("id", "a", "text", "Chỉ một")));
        api(admin)
                .body(one)
                .post(questions)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("options"))
                .body("violations[0].code", equalTo("option_count"))
                .body("violations[0].message", equalTo("Câu hỏi phải có từ 2 đến 6 phương án trả lời."));

        Map<String, Object> duplicate = question(moduleId);
        duplicate.put("options", List.of(Map.of("id", "a", "text", "Một"), Map.of("id", "a", "text", "Hai")));
        duplicate.put("correctOption", "a");
        api(admin)
                .body(duplicate)
                .post(questions)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("options[1].id"))
                .body("violations[0].code", equalTo("duplicate_option"));

        Map<String, Object> wrongAnswer = question(moduleId);
        wrongAnswer.put("correctOption", "d");
        api(admin)
                .body(wrongAnswer)
                .post(questions)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("correctOption"))
                .body("violations[0].code", equalTo("not_an_option"));

        Map<String, Object> badId = question(moduleId);
        badId.put("options", List.of(Map.of("id", "A", "text", "Một"), Map.of("id", "b", "text", "")));
        api(admin)
                .body(badId)
                .post(questions)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("options[0].id"))
                .body("violations.field", hasItem("options[1].text"));

        api(admin)
                .body(Map.of())
                .post(questions)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("moduleId"))
                .body("violations.field", hasItem("prompt"))
                .body("violations.field", hasItem("options"))
                .body("violations.field", hasItem("correctOption"));

        String otherModule = createModule(admin, createCourse(admin), "Khác");
        api(admin)
                .body(question(otherModule))
                .post(questions)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("moduleId"))
                .body("violations[0].code", equalTo("module_not_in_course"));
        api(admin)
                .body(question(moduleId))
                .post(ADMIN + "/courses/" + UUID.randomUUID() + "/questions")
                .then()
                .statusCode(404)
                .body("code", equalTo("course_not_found"));
    }

    @Test
    void theQuestionBankIsEditedAndDeactivatedNeverDeleted() {
        String admin = Tokens.admin();
        String courseId = createCourse(admin);
        String m1 = createModule(admin, courseId, "Chương 1");
        String m2 = createModule(admin, courseId, "Chương 2");
        String questions = ADMIN + "/courses/" + courseId + "/questions";
        String q2 = createQuestion(admin, courseId, m2);
        String q1 = api(admin)
                .body(question(m1))
                .post(questions)
                .then()
                .statusCode(201)
                .body("options.id", contains("a", "b", "c"))
                .body("correctOption", equalTo("c"))
                .body("active", equalTo(true))
                .extract()
                .path("id");
        assertThat(audited("question.created", q1)).isEqualTo("1");

        // By module position: module 1's question first although it is newer.
        api(admin)
                .get(questions)
                .then()
                .statusCode(200)
                .body("items.id", contains(q1, q2))
                .body("totalItems", equalTo(2));
        api(admin).get(questions + "?moduleId=" + m2).then().statusCode(200).body("items.id", contains(q2));
        api(admin)
                .get(questions + "?moduleId=" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("code", equalTo("module_not_found"));

        String question = ADMIN + "/questions/" + q1;
        api(admin)
                .body(Map.of("correctOption", "e"))
                .patch(question)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("correctOption"));
        api(admin)
                .body(Map.of("options", List.of(Map.of("id", "a", "text", "Đúng"), Map.of("id", "b", "text", "Sai"))))
                .patch(question)
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("not_an_option"));
        api(admin)
                .body(Map.of(
                        "prompt",
                        "Ai được biết mã OTP?",
                        "moduleId",
                        m2,
                        "correctOption",
                        "a",
                        "options",
                        List.of(Map.of("id", "a", "text", "Chỉ mình tôi"), Map.of("id", "b", "text", "Ngân hàng"))))
                .patch(question)
                .then()
                .statusCode(200)
                .body("prompt", equalTo("Ai được biết mã OTP?"))
                .body("moduleId", equalTo(m2))
                .body("options.text", contains("Chỉ mình tôi", "Ngân hàng"))
                .body("correctOption", equalTo("a"));
        assertThat(audited("question.updated", q1)).isEqualTo("1");

        api(admin).delete(question).then().statusCode(204);
        api(admin).delete(question).then().statusCode(204);
        assertThat(audited("question.deactivated", q1)).isEqualTo("1");
        assertThat(Database.queryString("SELECT active FROM question WHERE id = ?::uuid", q1))
                .isEqualTo("f");
        api(admin).get(questions).then().body("items.id", contains(q2)).body("totalItems", equalTo(1));
        api(admin)
                .body(Map.of("prompt", "Sửa lại"))
                .patch(question)
                .then()
                .statusCode(409)
                .body("code", equalTo("question_inactive"));
        api(admin)
                .body(Map.of("prompt", "X"))
                .patch(ADMIN + "/questions/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("code", equalTo("question_not_found"));
        api(admin)
                .delete(ADMIN + "/questions/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("code", equalTo("question_not_found"));
    }
}
