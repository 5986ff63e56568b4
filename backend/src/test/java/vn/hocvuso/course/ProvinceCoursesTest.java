package vn.hocvuso.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Problems.problem;
import static vn.hocvuso.testing.Problems.violation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Courses.TestCourse;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SeedCourse;
import vn.hocvuso.testing.SyntheticProvince;
import vn.hocvuso.testing.Tokens;

/**
 * Issue 15: a course is national (every province's learners see it) or one province's own (V145). Quảng Ngãi's
 * learners and visitors see the national courses and Quảng Ngãi's; the synthetic second province's learner sees the
 * national ones and their province's; neither sees, opens, studies or enrols in the other's (404, the title never
 * shown). The administrator gives a course its province, or none.
 */
@QuarkusTest
class ProvinceCoursesTest {

    private static final String NOT_FOUND = "Không tìm thấy khóa học này.";
    private static final String ADMIN = "/api/v1/admin";

    private static SyntheticProvince second;
    private static TestCourse national;
    private static TestCourse quangNgais;
    private static TestCourse seconds;
    private static String secondsTitle;
    private static String secondLearner;

    @BeforeAll
    static void twoProvincesWithCourses() {
        second = SyntheticProvince.add();
        national = Courses.course().create();
        quangNgais = Courses.course().province("quang-ngai").create();
        seconds = Courses.course().province(SyntheticProvince.CODE).create();
        secondsTitle = Database.queryString("SELECT title FROM course WHERE id = ?", seconds.id());
        secondLearner = Tokens.learner(second.learner());
    }

    @AfterAll
    static void onlyQuangNgaiAgain() {
        SyntheticProvince.remove();
    }

    @Test
    void aLearnerSeesTheNationalCoursesAndTheirProvincesOwnOnly() {
        String quangNgai = Learners.registeredAndLoggedIn().accessToken();
        assertThat(catalogue(api(quangNgai), ""))
                .contains(national.id().toString(), quangNgais.id().toString(), SeedCourse.ID.toString())
                .doesNotContain(seconds.id().toString());
        assertThat(catalogue(api(secondLearner), ""))
                .contains(national.id().toString(), seconds.id().toString(), SeedCourse.ID.toString())
                .doesNotContain(quangNgais.id().toString());

        // The catalogue says which courses are a province's own.
        assertThat(catalogueEntry(api(secondLearner), seconds.id()))
                .containsEntry("provinceCode", SyntheticProvince.CODE);
        assertThat(catalogueEntry(api(secondLearner), national.id())).containsEntry("provinceCode", null);

        // A learner names only their own province.
        api(quangNgai).get("/api/v1/courses?province=quang-ngai").then().statusCode(200);
        api(quangNgai)
                .get("/api/v1/courses?province=" + SyntheticProvince.CODE)
                .then()
                .statusCode(403);
    }

    @Test
    void aVisitorSeesTheHomeProvincesCoursesOrTheOnesTheyName() {
        assertThat(catalogue(api(), ""))
                .contains(national.id().toString(), quangNgais.id().toString())
                .doesNotContain(seconds.id().toString());
        assertThat(catalogue(api(), "province=" + SyntheticProvince.CODE))
                .contains(national.id().toString(), seconds.id().toString())
                .doesNotContain(quangNgais.id().toString());
        api().get("/api/v1/courses?province=ha-noi")
                .then()
                .spec(problem(404, "province_not_found", "Không tìm thấy tỉnh, thành phố có mã ha-noi."));
        api().get("/api/v1/courses?province=Quang%20Ngai")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("province"));
        // Another province's own course is no course to a visitor of this deployment's province.
        api().get("/api/v1/courses/" + seconds.id()).then().spec(problem(404, "course_not_found", NOT_FOUND));
        api().get("/api/v1/courses/" + quangNgais.id()).then().statusCode(200);
    }

    @Test
    void aQuangNgaiLearnerNeitherOpensNorStudiesNorEnrolsInAnotherProvincesCourse() {
        String quangNgai = Learners.registeredAndLoggedIn().accessToken();
        for (String path : List.of(
                "/api/v1/courses/" + seconds.id(),
                "/api/v1/courses/" + seconds.id() + "/lessons/"
                        + seconds.lessonIds().get(0),
                "/api/v1/courses/" + seconds.id() + "/offline-lessons")) {
            String body = api(quangNgai)
                    .get(path)
                    .then()
                    .statusCode(404)
                    .body("code", equalTo(path.contains("/lessons/") ? "lesson_not_found" : "course_not_found"))
                    .extract()
                    .asString();
            assertThat(body).as(path).doesNotContain(secondsTitle);
        }
        api(quangNgai)
                .body(Map.of("courseId", seconds.id()))
                .post("/api/v1/enrollments")
                .then()
                .spec(problem(404, "course_not_found", NOT_FOUND));
        assertThat(Database.queryString("SELECT count(*) FROM enrollment WHERE course_id = ?", seconds.id()))
                .isEqualTo("0");

        // Their own province's course and a national one are theirs to take.
        api(quangNgai)
                .body(Map.of("courseId", quangNgais.id()))
                .post("/api/v1/enrollments")
                .then()
                .statusCode(201);
        api(quangNgai)
                .body(Map.of("courseId", national.id()))
                .post("/api/v1/enrollments")
                .then()
                .statusCode(201);

        // The figures of Quảng Ngãi's own course: its learners', none of them in the other province's figures.
        String admin = Tokens.admin();
        api(admin)
                .get("/api/v1/stats/summary?courseId=" + quangNgais.id() + "&province=quang-ngai")
                .then()
                .statusCode(200)
                .body("counts.enrolled", greaterThanOrEqualTo(1));
        api(admin)
                .get("/api/v1/stats/summary?courseId=" + quangNgais.id() + "&province=" + SyntheticProvince.CODE)
                .then()
                .statusCode(200)
                .body("counts.enrolled", equalTo(0));
    }

    @Test
    void theSecondProvincesLearnerNeitherOpensNorEnrolsInQuangNgaisCourse() {
        api(secondLearner)
                .get("/api/v1/courses/" + quangNgais.id())
                .then()
                .spec(problem(404, "course_not_found", NOT_FOUND));
        api(secondLearner)
                .body(Map.of("courseId", quangNgais.id()))
                .post("/api/v1/enrollments")
                .then()
                .spec(problem(404, "course_not_found", NOT_FOUND));
        // Their own province's course and a national one open (they enrol in nothing: the province leaves no count).
        api(secondLearner)
                .get("/api/v1/courses/" + seconds.id())
                .then()
                .statusCode(200)
                .body("course.title", equalTo(secondsTitle))
                .body("course.provinceCode", equalTo(SyntheticProvince.CODE));
        api(secondLearner).get("/api/v1/courses/" + national.id()).then().statusCode(200);
    }

    @Test
    void theAdministratorGivesACourseItsProvinceOrNone() {
        String admin = Tokens.admin();
        String own = api(admin)
                .body(Map.of("slug", slug(), "title", "Khóa riêng Thử Nghiệm", "provinceCode", SyntheticProvince.CODE))
                .post(ADMIN + "/courses")
                .then()
                .statusCode(201)
                .body("provinceCode", equalTo(SyntheticProvince.CODE))
                .extract()
                .path("id");
        String nationwide = api(admin)
                .body(Map.of("slug", slug(), "title", "Khóa toàn quốc"))
                .post(ADMIN + "/courses")
                .then()
                .statusCode(201)
                .body("provinceCode", nullValue())
                .extract()
                .path("id");
        assertThat(Database.queryString("SELECT province_code FROM course WHERE id = ?::uuid", own))
                .isEqualTo(SyntheticProvince.CODE);

        // The list shows each course's province, and one province's own with ?province=.
        JsonPath onlySeconds = api(admin)
                .get(ADMIN + "/courses?size=100&province=" + SyntheticProvince.CODE)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(onlySeconds.getList("items.id", String.class))
                .contains(own, seconds.id().toString())
                .doesNotContain(
                        nationwide, national.id().toString(), quangNgais.id().toString());
        assertThat(onlySeconds.getList("items.provinceCode", String.class)).containsOnly(SyntheticProvince.CODE);
        api(admin)
                .get(ADMIN + "/courses?size=100")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + nationwide + "' }.provinceCode", nullValue());
        api(admin)
                .get(ADMIN + "/courses?province=ha-noi")
                .then()
                .spec(problem(404, "province_not_found", "Không tìm thấy tỉnh, thành phố có mã ha-noi."));

        // National again with "", then Quảng Ngãi's; an unknown or malformed province is named in a 400.
        api(admin)
                .body(Map.of("provinceCode", ""))
                .patch(ADMIN + "/courses/" + own)
                .then()
                .statusCode(200)
                .body("provinceCode", nullValue());
        api(admin)
                .body(Map.of("provinceCode", "quang-ngai"))
                .patch(ADMIN + "/courses/" + own)
                .then()
                .statusCode(200)
                .body("provinceCode", equalTo("quang-ngai"));
        api(admin)
                .body(Map.of("slug", slug(), "title", "Khóa", "provinceCode", "ha-noi"))
                .post(ADMIN + "/courses")
                .then()
                .spec(violation("provinceCode", "unknown_province", "Không có tỉnh, thành phố nào có mã ha-noi."));
        api(admin)
                .body(Map.of("provinceCode", "Quảng Ngãi"))
                .patch(ADMIN + "/courses/" + own)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("provinceCode"));
        api(admin)
                .body(Map.of("provinceCode", "ha-noi"))
                .patch(ADMIN + "/courses/" + own)
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("unknown_province"));
        assertThat(Database.queryString("SELECT province_code FROM course WHERE id = ?::uuid", own))
                .isEqualTo("quang-ngai");
        Database.execute("UPDATE course SET province_code = NULL WHERE id = ?::uuid", own);
    }

    @Test
    void aCourseOthersLearnOrAPathListsStaysNational() {
        String admin = Tokens.admin();
        // A Quảng Ngãi learner is enrolled: the course cannot become the second province's own.
        String quangNgai = Learners.registeredAndLoggedIn().accessToken();
        TestCourse taken = Courses.course().create();
        api(quangNgai)
                .body(Map.of("courseId", taken.id()))
                .post("/api/v1/enrollments")
                .then()
                .statusCode(201);
        api(admin)
                .body(Map.of("provinceCode", SyntheticProvince.CODE))
                .patch(ADMIN + "/courses/" + taken.id())
                .then()
                .statusCode(409)
                .body("code", equalTo("course_has_other_provinces_learners"));
        api(admin)
                .body(Map.of("provinceCode", "quang-ngai"))
                .patch(ADMIN + "/courses/" + taken.id())
                .then()
                .statusCode(200)
                .body("provinceCode", equalTo("quang-ngai"));
        Database.execute("UPDATE course SET province_code = NULL WHERE id = ?", taken.id());

        // The seeded course certifies a learning path, which is every province's.
        api(admin)
                .body(Map.of("provinceCode", "quang-ngai"))
                .patch(ADMIN + "/courses/" + SeedCourse.ID)
                .then()
                .statusCode(409)
                .body("code", equalTo("course_in_path"));
        assertThat(Database.queryString("SELECT province_code FROM course WHERE id = ?", SeedCourse.ID))
                .isNull();

        // And a path takes no province's own course.
        JsonPath path = api(admin)
                .get(ADMIN + "/paths/CITIZEN")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> courses = new ArrayList<>(path.getList("courses.id", String.class));
        courses.add(quangNgais.id().toString());
        Map<String, Object> update = new HashMap<>();
        update.put("name", path.getString("name"));
        update.put("courseIds", courses);
        update.put("certifyingCourseId", path.getString("certifyingCourseId"));
        update.put("version", path.getLong("version"));
        api(admin)
                .body(update)
                .put(ADMIN + "/paths/CITIZEN")
                .then()
                .statusCode(400)
                .body("violations.code", hasItem("course_not_national"))
                .body("violations.field", hasItem("courseIds[" + (courses.size() - 1) + "]"))
                .body("violations.field", not(hasItem("courseIds[0]")));
    }

    /** Every entry of the catalogue, page by page, as the caller sees it. */
    private static List<Map<String, Object>> entries(RequestSpecification caller, String query) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonPath answer = caller.get("/api/v1/courses?size=100&page=" + page + "&" + query)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            items.addAll(answer.getList("items"));
            if (page >= answer.getInt("totalPages")) {
                return items;
            }
        }
    }

    /** The ids of the catalogue; a course it leaves out shows nowhere in it, not even its title. */
    private static List<String> catalogue(RequestSpecification caller, String query) {
        List<Map<String, Object>> items = entries(caller, query);
        List<String> ids = items.stream().map(i -> (String) i.get("id")).toList();
        if (!ids.contains(seconds.id().toString())) {
            assertThat(items).extracting(i -> i.get("title")).doesNotContain(secondsTitle);
        }
        return ids;
    }

    private static Map<String, Object> catalogueEntry(RequestSpecification caller, UUID course) {
        return entries(caller, "").stream()
                .filter(i -> course.toString().equals(i.get("id")))
                .findFirst()
                .orElseThrow();
    }

    private static String slug() {
        return "khoa-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
