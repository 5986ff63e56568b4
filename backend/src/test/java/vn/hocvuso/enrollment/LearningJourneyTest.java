package vn.hocvuso.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Certificates;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.FileReaders;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Tokens;

/** The whole journey, from registration to a verified (and then revoked) certificate. */
@QuarkusTest
class LearningJourneyTest {

    @Test
    void aCitizenGoesFromRegistrationToAVerifiedCertificate() {
        Courses.TestCourse course = Courses.course().create();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String token = learner.accessToken();
        List<UUID> lessons = course.lessonIds();

        // The course is listed, and its outline shows no state to the anonymous public.
        api().queryParam("size", 100)
                .get("/api/v1/courses")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(course.id().toString()));
        api().get("/api/v1/courses/" + course.id())
                .then()
                .statusCode(200)
                .body("course.lessonCount", equalTo(3))
                .body("modules[0].lessons[0].state", nullValue())
                .body("enrollmentId", nullValue());

        // Enrolling twice gives one enrolment.
        String enrollmentId = api(token)
                .body(Map.of("courseId", course.id()))
                .post("/api/v1/enrollments")
                .then()
                .statusCode(201)
                .body("status", equalTo("ENROLLED"))
                .body("lessonsTotal", equalTo(3))
                .extract()
                .path("id");
        api(token)
                .body(Map.of("courseId", course.id()))
                .post("/api/v1/enrollments")
                .then()
                .statusCode(200)
                .body("id", equalTo(enrollmentId));

        // Lessons open in order.
        api(token)
                .get("/api/v1/courses/" + course.id())
                .then()
                .body("enrollmentId", equalTo(enrollmentId))
                .body("modules[0].lessons[0].state", equalTo("OPEN"))
                .body("modules[0].lessons[1].state", equalTo("LOCKED"));
        Journeys.openLesson(token, course.id(), lessons.get(1))
                .statusCode(409)
                .body("code", equalTo("lesson_locked"))
                .body("detail", equalTo("Bài học này chưa mở. Bạn cần học xong bài trước đó."));
        Journeys.openLesson(token, course.id(), lessons.get(0))
                .statusCode(200)
                .body("title", equalTo("Bài 1.1"))
                .body("bodyMarkdown", equalTo("# Nội dung\nHọc kỹ năng số."))
                .body("nextLessonId", equalTo(lessons.get(1).toString()))
                .body("completionPercent", equalTo(100));

        // Half-read: resume brings the learner back there; read to the end: the next lesson opens.
        Journeys.progress(token, enrollmentId, lessons.get(0), 50);
        api(token)
                .get("/api/v1/enrollments/" + enrollmentId + "/resume")
                .then()
                .statusCode(200)
                .body("next", equalTo("LESSON"))
                .body("lessonId", equalTo(lessons.get(0).toString()))
                .body("percent", equalTo(50));
        assertThat(Journeys.progress(token, enrollmentId, lessons.get(0), 100)).containsEntry("completed", true);
        api(token)
                .get("/api/v1/enrollments/" + enrollmentId)
                .then()
                .body("status", equalTo("IN_PROGRESS"))
                .body("lessonsCompleted", equalTo(1))
                .body("percent", equalTo(33));

        // A video counts from 90% watched.
        assertThat(Journeys.progress(token, enrollmentId, lessons.get(1), 85)).containsEntry("completed", false);
        assertThat(Journeys.progress(token, enrollmentId, lessons.get(1), 90)).containsEntry("completed", true);
        Journeys.progress(token, enrollmentId, lessons.get(2), 100);
        api(token)
                .get("/api/v1/enrollments/" + enrollmentId)
                .then()
                .body("status", equalTo("LESSONS_COMPLETED"))
                .body("percent", equalTo(100))
                .body("lessonsCompletedAt", notNullValue());
        api(token).get("/api/v1/enrollments/" + enrollmentId + "/resume").then().body("next", equalTo("FINAL_TEST"));

        // First attempt: questions without answers, spread over both modules; a wrong answer fails.
        Response started = api(token).post("/api/v1/enrollments/" + enrollmentId + "/quiz-attempts");
        started.then()
                .statusCode(201)
                .body("status", equalTo("IN_PROGRESS"))
                .body("questions.size()", equalTo(4))
                .body("questions.moduleTitle", hasItem("Chủ đề 1"))
                .body("questions.moduleTitle", hasItem("Chủ đề 2"))
                .body("questions.options.flatten().size()", equalTo(16));
        assertThat(started.asString()).doesNotContain("correct");
        String firstAttempt = started.path("id");
        Journeys.askToStartTest(token, enrollmentId).statusCode(200).body("id", equalTo(firstAttempt));
        Journeys.answerAll(token, firstAttempt, false);
        Journeys.handIn(token, firstAttempt)
                .statusCode(200)
                .body("passed", equalTo(false))
                .body("scorePercent", equalTo(0))
                .body("attemptsLeft", equalTo(2))
                .body("modules.size()", equalTo(2))
                .body("modules.correct", everyItem(equalTo(0)))
                .body("certificateCode", nullValue());

        // Second attempt, all right: passed, and a certificate.
        String secondAttempt = Journeys.askToStartTest(token, enrollmentId)
                .statusCode(201)
                .body("attemptNo", equalTo(2))
                .extract()
                .path("id");
        Journeys.answerAll(token, secondAttempt, true);
        String code = Journeys.handIn(token, secondAttempt)
                .statusCode(200)
                .body("passed", equalTo(true))
                .body("scorePercent", equalTo(100))
                .body("correctCount", equalTo(4))
                .extract()
                .path("certificateCode");
        assertThat(code).matches("HVS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        // Submitting again changes nothing.
        Journeys.handIn(token, secondAttempt)
                .statusCode(200)
                .body("certificateCode", equalTo(code))
                .body("scorePercent", equalTo(100));
        api(token)
                .get("/api/v1/enrollments/" + enrollmentId)
                .then()
                .body("status", equalTo("CERTIFIED"))
                .body("certificateCode", equalTo(code))
                .body("bestScorePercent", equalTo(100));
        Journeys.askToStartTest(token, enrollmentId).statusCode(409).body("code", equalTo("already_passed"));

        // The learner's certificates; anyone can verify, and sees only name, course and date.
        api(token)
                .get("/api/v1/me/certificates")
                .then()
                .statusCode(200)
                .body("items[0].code", equalTo(code))
                .body("items[0].holderName", equalTo("Nguyễn Thị Hoa"))
                .body("items[0].unitName", equalTo("Xã Tịnh Khê"))
                .body("items[0].verifyUrl", equalTo("http://localhost:5173/chung-nhan/" + code));
        String verification = api().get(
                        "/api/v1/certificates/" + code.toLowerCase().replace("-", ""))
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"))
                .body("holderName", equalTo("Nguyễn Thị Hoa"))
                .extract()
                .asString();
        assertThat(verification)
                .doesNotContain(learner.phone().substring(1))
                .doesNotContain("Tịnh Khê")
                .doesNotContain("scorePercent");
        byte[] pdf = api().accept("application/pdf")
                .get("/api/v1/certificates/" + code + "/pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        FileReaders.Pdf certificate = FileReaders.pdf(pdf);
        assertThat(certificate.text())
                .contains("Nguyễn Thị Hoa")
                .contains("Số hiệu: " + code)
                .doesNotContain("ĐÃ THU HỒI");
        assertThat(certificate.qrCode()).isEqualTo("http://localhost:5173/chung-nhan/" + code);

        // An administrator revokes it with a reason (a real one: spaces do not count); verification then
        // says so; both are audited.
        Certificates.revoke(code, "   ab   ").statusCode(400).body("violations[0].field", equalTo("reason"));
        Certificates.revoke(code, "Cấp nhầm do lỗi nhập liệu")
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revokedReason", equalTo("Cấp nhầm do lỗi nhập liệu"));
        OffsetDateTime revokedAt = OffsetDateTime.parse(api().get("/api/v1/certificates/" + code)
                .then()
                .body("status", equalTo("REVOKED"))
                .extract()
                .path("revokedAt"));
        assertThat(revokedAt)
                .isBetween(
                        OffsetDateTime.now().minusMinutes(1),
                        OffsetDateTime.now().plusSeconds(5));
        assertThat(FileReaders.pdf(api().accept("application/pdf")
                                .get("/api/v1/certificates/" + code + "/pdf")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asByteArray())
                        .text())
                .contains("ĐÃ THU HỒI")
                .contains("Nguyễn Thị Hoa");
        Certificates.revoke(code, "Thu hồi lần hai").statusCode(409).body("code", equalTo("already_revoked"));
        assertThat(Database.queryString(
                        "SELECT string_agg(action, ',' ORDER BY id) FROM audit_event WHERE subject_id = ?", code))
                .isEqualTo("certificate.issued,certificate.revoked");
        assertThat(Database.queryString(
                        "SELECT details ->> 'reason' FROM audit_event WHERE action = 'certificate.revoked' AND subject_id = ?",
                        code))
                .isEqualTo("Cấp nhầm do lỗi nhập liệu");

        // Every state change left its fact, once.
        assertThat(Database.queryString("""
                SELECT string_agg(kind || '=' || n, ',' ORDER BY kind) FROM (
                  SELECT kind, count(*) AS n FROM learning_fact WHERE user_id = ? GROUP BY kind) f
                """, learner.id()))
                .isEqualTo("ATTEMPT_SUBMITTED=2,CERTIFICATE_REVOKED=1,CERTIFIED=1,ENROLLED=1,"
                        + "LESSON_COMPLETED=3,PASSED=1,REGISTERED=1");
    }

    @Test
    void anUnknownCertificateIsNotFound() {
        api(Tokens.admin())
                .get("/api/v1/admin/certificates/HVS-0000-0000-0000")
                .then()
                .statusCode(404)
                .body("code", equalTo("certificate_not_found"));
        api().get("/api/v1/certificates/not-a-code")
                .then()
                .statusCode(404)
                .body("code", equalTo("certificate_not_found"));
    }
}
