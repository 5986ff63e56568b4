package vn.hocvuso.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SeedCourse;
import vn.hocvuso.testing.Tokens;

/**
 * The administrator edits a learner group's path (its courses in order and the certifying one) by the
 * rules an administrator would expect, and a learner sees their own group's path with where they stand.
 * Each test leaves the paths as it found them: every group on the one seeded course.
 */
@QuarkusTest
class LearningPathsTest {

    private static final String NAME = "Lộ trình cho người lao động trong doanh nghiệp";

    @Test
    void everyGroupHasAPathOnTheSeededCourseInTheNoticesOrder() {
        api(Tokens.admin())
                .get("/api/v1/admin/paths")
                .then()
                .statusCode(200)
                .body("items.learnerGroup", contains("CBCCVC", "STUDENT", "WORKER", "CITIZEN"))
                .body("items[3].name", equalTo("Lộ trình cho người dân"))
                .body("items[3].courses", hasSize(1))
                .body("items[3].courses[0].certifying", equalTo(true))
                .body("items[3].certifyingCourseId", equalTo(SeedCourse.ID.toString()));
    }

    @Test
    void aPathTakesPublishedCoursesEachOnceWithTheCertifyingOneAmongThem() {
        Courses.TestCourse draft = Courses.course().create();
        Database.execute("UPDATE course SET status = 'DRAFT' WHERE id = ?", draft.id());
        UUID unknown = UUID.randomUUID();
        long version = version("WORKER");

        violation(put("WORKER", List.of(SeedCourse.ID, draft.id()), SeedCourse.ID, version), "courseIds[1]")
                .body("violations[0].code", equalTo("course_not_published"))
                .body(
                        "violations[0].message",
                        equalTo("Khóa học này chưa được xuất bản: chỉ đưa khóa đã xuất bản vào lộ trình."));
        violation(put("WORKER", List.of(unknown), unknown, version), "courseIds[0]")
                .body("violations[0].code", equalTo("course_not_found"));
        violation(put("WORKER", List.of(SeedCourse.ID, SeedCourse.ID), SeedCourse.ID, version), "courseIds[1]")
                .body("violations[0].code", equalTo("duplicate_course"));
        Courses.TestCourse other = Courses.course().create();
        violation(put("WORKER", List.of(SeedCourse.ID), other.id(), version), "certifyingCourseId")
                .body("violations[0].code", equalTo("certifying_not_in_path"));
        violation(put("WORKER", List.of(), SeedCourse.ID, version), "courseIds")
                .body("violations[0].code", equalTo("size"));
        api(Tokens.admin())
                .body(Map.of(
                        "courseIds", List.of(SeedCourse.ID), "certifyingCourseId", SeedCourse.ID, "version", version))
                .put("/api/v1/admin/paths/WORKER")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("name"));
        api(Tokens.admin()).get("/api/v1/admin/paths/NOBODY").then().statusCode(400);
        // Nothing changed by the refusals.
        assertThat(version("WORKER")).isEqualTo(version);
    }

    @Test
    void aChangeIsAuditedVersionedAndAStaleOneRefused() {
        Courses.TestCourse second = Courses.course().create();
        long version = version("WORKER");
        try {
            put("WORKER", List.of(second.id(), SeedCourse.ID), SeedCourse.ID, version)
                    .statusCode(200)
                    .body("version", equalTo((int) version + 1))
                    .body("courses.id", contains(second.id().toString(), SeedCourse.ID.toString()))
                    .body("courses.certifying", contains(false, true))
                    .body("courses.position", contains(1, 2));
            assertThat(Database.queryString(
                            "SELECT details->>'certifyingCourseId' FROM audit_event WHERE action = 'path.updated'"
                                    + " AND subject_id = 'WORKER' ORDER BY id DESC LIMIT 1"))
                    .isEqualTo(SeedCourse.ID.toString());
            // A second administrator, still on the old version, would overwrite it: refused.
            put("WORKER", List.of(SeedCourse.ID), SeedCourse.ID, version)
                    .statusCode(409)
                    .body("code", equalTo("edit_conflict"));

            // A course that is only part of a path may be unpublished; the learner's path leaves it out.
            api(Tokens.admin())
                    .post("/api/v1/admin/courses/" + second.id() + "/unpublish")
                    .then()
                    .statusCode(200);
            String worker = learner("WORKER");
            api(worker)
                    .get("/api/v1/me/path")
                    .then()
                    .statusCode(200)
                    .body("courses.id", contains(SeedCourse.ID.toString()));
        } finally {
            put("WORKER", List.of(SeedCourse.ID), SeedCourse.ID, version("WORKER"))
                    .statusCode(200);
        }
    }

    @Test
    void theCertifyingCourseOfAPathCannotBeUnpublished() {
        api(Tokens.admin())
                .header("Accept-Language", "vi")
                .post("/api/v1/admin/courses/" + SeedCourse.ID + "/unpublish")
                .then()
                .statusCode(409)
                .body("code", equalTo("course_certifies_path"))
                .body(
                        "detail",
                        equalTo(
                                "Không thể ngừng xuất bản: khóa học này đang là khóa cấp chứng nhận trong lộ trình"
                                        + " học của nhóm CBCCVC, STUDENT, WORKER, CITIZEN. Hãy chọn khóa cấp chứng nhận khác cho lộ trình trước."));
        api(Tokens.admin()).get("/api/v1/admin/courses/" + SeedCourse.ID).then().body("status", equalTo("PUBLISHED"));
    }

    @Test
    void aLearnerSeesTheirGroupsPathAndWhereTheyStand() {
        Courses.TestCourse first = Courses.course().create();
        long version = version("WORKER");
        try {
            put("WORKER", List.of(first.id(), SeedCourse.ID), SeedCourse.ID, version)
                    .statusCode(200);
            String worker = learner("WORKER");
            String enrollment = Journeys.studyEveryLesson(worker, first);
            String attempt = Journeys.startTest(worker, enrollment);
            Journeys.answerAll(worker, attempt, true);
            String code = Journeys.submit(worker, attempt);
            Journeys.enroll(worker, SeedCourse.ID);

            JsonPath path = api(worker)
                    .get("/api/v1/me/path")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(path.getString("learnerGroup")).isEqualTo("WORKER");
            assertThat(path.getString("name")).isEqualTo(NAME);
            // Certified in the first course, but the path certifies with the seeded one: not yet certified.
            assertThat(path.getBoolean("certified")).isFalse();
            assertThat(path.getList("courses.state")).containsExactly("CERTIFIED", "IN_PROGRESS");
            assertThat(path.getList("courses.certifying")).containsExactly(false, true);
            assertThat(path.getString("courses[0].certificateCode")).isEqualTo(code);
            assertThat(path.getString("courses[1].enrollmentId")).isNotNull();

            // A citizen's path is the citizens' own.
            api(learner("CITIZEN"))
                    .get("/api/v1/me/path")
                    .then()
                    .statusCode(200)
                    .body("learnerGroup", equalTo("CITIZEN"))
                    .body("certified", equalTo(false))
                    .body("courses.state", contains("NOT_ENROLLED"));
        } finally {
            put("WORKER", List.of(SeedCourse.ID), SeedCourse.ID, version("WORKER"))
                    .statusCode(200);
        }
    }

    private static long version(String group) {
        return api(Tokens.admin())
                .get("/api/v1/admin/paths/" + group)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
    }

    private static ValidatableResponse put(String group, List<UUID> courses, UUID certifying, long version) {
        return api(Tokens.admin())
                .body(Map.of("name", NAME, "courseIds", courses, "certifyingCourseId", certifying, "version", version))
                .put("/api/v1/admin/paths/" + group)
                .then();
    }

    private static ValidatableResponse violation(ValidatableResponse answer, String field) {
        return answer.statusCode(400)
                .body("code", equalTo("validation_failed"))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo(field));
    }

    private static String learner(String group) {
        Map<String, Object> body = new HashMap<>(Learners.registration());
        body.put("learnerGroup", group);
        Learners.register(body);
        return (String)
                Learners.login((String) body.get("phone"), Learners.PASSWORD).get("accessToken");
    }
}
