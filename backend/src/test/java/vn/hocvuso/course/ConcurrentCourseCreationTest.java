package vn.hocvuso.course;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Tokens;

/**
 * Two administrators create a course with the same address (slug) at the same moment: both find it
 * free, both insert, and the unique constraint decides. The losers get 409 {@code slug_taken} on the
 * {@code slug} field, from the one mapping of unique violations. The race is made certain: the test
 * holds a lock on the course table that lets the checks through and stops every insert until all wait.
 */
@QuarkusTest
class ConcurrentCourseCreationTest {

    @Test
    void coursesCreatedAtOnceWithOneSlugMakeOneCourse() throws Exception {
        String slug = "cung-luc-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = Tokens.admin();
        List<Integer> statuses = new ArrayList<>();
        try (Connection holder = Database.connect()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("LOCK TABLE course IN SHARE MODE");
            for (Response response : Database.releasedTogether(
                    holder,
                    3,
                    () -> api(admin)
                            .body(Map.of("slug", slug, "title", "Khóa học cùng lúc"))
                            .post("/api/v1/admin/courses"))) {
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    assertThat(response.jsonPath().getString("code")).isEqualTo("slug_taken");
                    assertThat(response.jsonPath().getString("violations[0].field"))
                            .isEqualTo("slug");
                }
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409);
        assertThat(Database.queryString("SELECT count(*) FROM course WHERE slug = ?", slug))
                .isEqualTo("1");
    }
}
