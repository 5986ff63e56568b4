package vn.hocvuso.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.AtOnce;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Tokens;

@QuarkusTest
class EnrollmentRulesTest {

    @Test
    void twentyConcurrentEnrolsMakeOneEnrolment() throws Exception {
        Courses.TestCourse course = Courses.course().create();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        List<Integer> statuses = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (var answer : AtOnce.send(
                20,
                () -> api(learner.accessToken())
                        .body(Map.of("courseId", course.id()))
                        .post("/api/v1/enrollments"))) {
            statuses.add(answer.statusCode());
            ids.add(answer.path("id"));
        }
        assertThat(statuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(Database.queryString("SELECT count(*) FROM enrollment WHERE user_id = ?", learner.id()))
                .isEqualTo("1");
        assertThat(Database.queryString(
                        "SELECT count(*) FROM learning_fact WHERE user_id = ? AND kind = 'ENROLLED'", learner.id()))
                .isEqualTo("1");
    }

    @Test
    void unknownOrUnpublishedCoursesCannotBeJoined() {
        Learners.Session learner = Learners.registeredAndLoggedIn();
        api(learner.accessToken())
                .body(Map.of("courseId", UUID.randomUUID()))
                .post("/api/v1/enrollments")
                .then()
                .statusCode(404)
                .body("code", equalTo("course_not_found"));
        Courses.TestCourse draft = Courses.course().create();
        Database.execute("UPDATE course SET status = 'DRAFT' WHERE id = ?", draft.id());
        api(learner.accessToken())
                .body(Map.of("courseId", draft.id()))
                .post("/api/v1/enrollments")
                .then()
                .statusCode(404);
        api().get("/api/v1/courses/" + draft.id()).then().statusCode(404);
        api(learner.accessToken())
                .body(Map.of("courseId", "not-a-uuid"))
                .post("/api/v1/enrollments")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("courseId"));
        api(learner.accessToken())
                .body(Map.of())
                .post("/api/v1/enrollments")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("courseId"));
    }

    @Test
    void anAccountRemovedSinceItsTokenWasIssuedCannotEnrolAndGetsA404NotA500() {
        // Found by the contract fuzzer (seed 4): the enrolment's foreign key to the account failed as a 500.
        Courses.TestCourse course = Courses.course().create();
        UUID gone = UUID.randomUUID();
        api(Tokens.learner(gone))
                .body(Map.of("courseId", course.id()))
                .post("/api/v1/enrollments")
                .then()
                .statusCode(404)
                .body("code", equalTo("user_not_found"));
        assertThat(Database.queryString("SELECT count(*) FROM enrollment WHERE user_id = ?", gone))
                .isEqualTo("0");
    }

    @Test
    void aLearnerListsOnlyTheirOwnEnrolments() {
        Courses.TestCourse course = Courses.course().create();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        Learners.Session other = Learners.registeredAndLoggedIn();
        api(learner.accessToken())
                .body(Map.of("courseId", course.id()))
                .post("/api/v1/enrollments")
                .then()
                .statusCode(201);
        api(learner.accessToken())
                .get("/api/v1/enrollments")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].courseId", equalTo(course.id().toString()));
        api(other.accessToken())
                .get("/api/v1/enrollments")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }
}
