package vn.hocvuso.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.FileReaders;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SeedCourse;
import vn.hocvuso.testing.Tokens;

/**
 * The second course that ships with the portal, "Kỹ năng số trong công vụ" for public servants (issue 13):
 * complete, in Vietnamese, a bank from which its final test can be drawn, second in the public servants'
 * path, and a certificate of its own.
 */
@QuarkusTest
class PublicServantsCourseTest {

    static final UUID COURSE = SeedCourse.PUBLIC_SERVICE;
    static final String TITLE = "Kỹ năng số trong công vụ";

    @Test
    void fourPublishedAreasOfThreeLessonsAndTenQuestionsEach() {
        JsonPath outline = api().get("/api/v1/courses/" + COURSE)
                .then()
                .statusCode(200)
                .body("course.title", equalTo(TITLE))
                .body("course.questionCount", equalTo(20))
                .body("course.passMarkPercent", equalTo(80))
                .extract()
                .jsonPath();
        assertThat(outline.getList("modules.title", String.class))
                .containsExactly(
                        "Văn bản điện tử và quản lý văn bản",
                        "Chữ ký số",
                        "Cổng Dịch vụ công quốc gia",
                        "An toàn thông tin khi làm việc");
        List<List<Object>> lessons = outline.getList("modules.lessons");
        assertThat(lessons).allSatisfy(module -> assertThat(module).hasSize(3));
        String bank = Database.queryString(
                "SELECT string_agg(n::text, ',') FROM (SELECT count(*) n FROM question WHERE course_id = ? AND active GROUP BY module_id) q",
                COURSE);
        assertThat(bank).isEqualTo("10,10,10,10");
        String allText = Database.queryString("""
                SELECT string_agg(t, ' ') FROM (
                    SELECT title || body_markdown AS t FROM lesson WHERE course_id = ?
                    UNION ALL SELECT prompt || options::text || explanation FROM question WHERE course_id = ?) x
                """, COURSE, COURSE);
        assertThat(Normalizer.isNormalized(allText, Normalizer.Form.NFC)).isTrue();
        assertThat(allText).contains("dichvucong.gov.vn", "VNeID", "Nghị định 13/2023/NĐ-CP", "Ban Cơ yếu Chính phủ");
    }

    @Test
    void everyQuestionHasFourDistinctOptionsOfWhichExactlyOneIsRight() {
        String wrong = Database.queryString("""
                SELECT count(*) FROM question q
                WHERE q.course_id = ?
                  AND (jsonb_array_length(q.options) <> 4
                       OR (SELECT count(*) FROM jsonb_array_elements(q.options) o WHERE o->>'id' = q.correct_option) <> 1
                       OR (SELECT count(DISTINCT o->>'id') FROM jsonb_array_elements(q.options) o) <> 4
                       OR (SELECT count(DISTINCT o->>'text') FROM jsonb_array_elements(q.options) o) <> 4
                       OR length(q.explanation) < 20)
                """, COURSE);
        assertThat(wrong).isEqualTo("0");
        // The right answer is not always in the same place.
        String places =
                Database.queryString("SELECT count(DISTINCT correct_option) FROM question WHERE course_id = ?", COURSE);
        assertThat(places).isEqualTo("4");
    }

    @Test
    void itIsSecondInThePublicServantsPathWhichStillCertifiesWithTheFirstCourse() {
        String path = Database.queryString("""
                SELECT string_agg(c.slug || '@' || pc.position, ',' ORDER BY pc.position) || ' certifies '
                       || (SELECT slug FROM course WHERE id = p.certifying_course_id)
                FROM learning_path p JOIN learning_path_course pc ON pc.path_id = p.id JOIN course c ON c.id = pc.course_id
                WHERE p.learner_group = 'CBCCVC' GROUP BY p.certifying_course_id
                """);
        assertThat(path).isEqualTo("ky-nang-so-co-ban@1,ky-nang-so-trong-cong-vu@2 certifies ky-nang-so-co-ban");
        String others = Database.queryString("SELECT count(*) FROM learning_path_course WHERE course_id = ?", COURSE);
        assertThat(others).isEqualTo("1");
    }

    @Test
    void theCatalogueListsBothSeededCoursesInVietnameseOrder() {
        List<String> titles = new ArrayList<>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            JsonPath catalogue = api().queryParam("page", page)
                    .queryParam("size", 100)
                    .get("/api/v1/courses")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            titles.addAll(catalogue.getList("items.title", String.class));
            pages = catalogue.getInt("totalPages");
        }
        assertThat(titles).contains("Kỹ năng số cơ bản", TITLE);
        assertThat(titles.indexOf("Kỹ năng số cơ bản")).isLessThan(titles.indexOf(TITLE));
    }

    @Test
    void aLearnerStudiesInOrderPassesAndGetsACertificateOfThisCourse() {
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = Journeys.enroll(learner.accessToken(), COURSE);
        List<String> lessonIds = api(learner.accessToken())
                .get("/api/v1/courses/" + COURSE)
                .then()
                .body("modules[0].lessons[1].state", equalTo("LOCKED"))
                .extract()
                .jsonPath()
                .getList("modules.lessons.flatten().id");
        assertThat(lessonIds).hasSize(12);
        Journeys.openLesson(learner.accessToken(), COURSE, UUID.fromString(lessonIds.get(1)))
                .statusCode(409)
                .body("code", equalTo("lesson_locked"));
        Journeys.studyInOrder(learner.accessToken(), COURSE, enrollment, lessonIds);

        JsonPath result = SeedCourse.takeTest(learner.accessToken(), enrollment, true);
        assertThat(result.getBoolean("passed")).isTrue();
        assertThat(result.getInt("questionCount")).isEqualTo(20);
        Map<String, Integer> perArea = result.<Map<String, Object>>getList("modules").stream()
                .collect(Collectors.toMap(m -> (String) m.get("moduleTitle"), m -> (Integer) m.get("total")));
        assertThat(perArea).hasSize(4).allSatisfy((area, n) -> assertThat(n).isEqualTo(5));
        String code = result.getString("certificateCode");
        assertThat(code).isNotBlank();

        api().get("/api/v1/certificates/" + code).then().statusCode(200).body("courseTitle", equalTo(TITLE));
        byte[] pdf = api().accept("application/pdf")
                .get("/api/v1/certificates/" + code + "/pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(FileReaders.pdf(pdf).text()).contains(TITLE).doesNotContain("Kỹ năng số cơ bản");
    }

    @Test
    void aPublicServantCertifiedInThisCourseIsCountedAsALearnerButNotAsCertifiedByThePlan() {
        String tinhKhe = "21211";
        JsonPath before = unitFigures(tinhKhe);
        Map<String, Object> servant = new HashMap<>(Learners.registration());
        servant.put("learnerGroup", "CBCCVC");
        Learners.register(servant);
        String token = (String)
                Learners.login((String) servant.get("phone"), Learners.PASSWORD).get("accessToken");
        String enrollment = SeedCourse.enrollAndStudyAll(token, COURSE);
        assertThat(SeedCourse.takeTest(token, enrollment, true).getString("certificateCode"))
                .isNotBlank();

        // The path certifies with "Kỹ năng số cơ bản": this certificate is not the one the plan counts.
        JsonPath after = unitFigures(tinhKhe);
        assertThat(after.getLong("counts.learners") - before.getLong("counts.learners"))
                .isEqualTo(1);
        assertThat(after.getLong("counts.certified") - before.getLong("counts.certified"))
                .isZero();
        assertThat(after.getLong("certifiedPublicServants") - before.getLong("certifiedPublicServants"))
                .isZero();
    }

    private static JsonPath unitFigures(String unit) {
        return api(Tokens.admin())
                .get("/api/v1/stats/units/" + unit)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
