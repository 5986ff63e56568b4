package vn.hocvuso.identity;

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
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Tokens;

/**
 * Administrators (or one double click) grant the same role at the same moment. Each checks that the
 * grant does not exist yet and inserts it; the unique index refuses all but the first. Those answers
 * must be a 409 the client understands, never a 500, and the account must hold the grant once.
 *
 * <p>The race is made certain rather than hoped for: a connection of the test holds the account's row,
 * so every request, having found no grant, waits at its insert (the foreign key) until all of them do.
 */
@QuarkusTest
class ConcurrentGrantsTest {

    @Test
    void identicalGrantsAtOnceMakeOneGrantAndTheOthersAre409() throws Exception {
        UUID userId = Learners.register(Learners.registration());
        String admin = Tokens.admin();
        List<Integer> statuses = new ArrayList<>();
        try (Connection holder =
                Database.holdingLock("SELECT 1 FROM app_user WHERE id = ?::uuid FOR UPDATE", userId.toString())) {
            for (Response response : Database.releasedTogether(
                    holder,
                    4,
                    () -> api(admin)
                            .body(Map.of("role", "UNIT_MANAGER", "unitCode", "21211"))
                            .post("/api/v1/admin/users/" + userId + "/roles"))) {
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    assertThat(response.jsonPath().getString("code")).isEqualTo("role_already_granted");
                }
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
        assertThat(Database.queryString("SELECT count(*) FROM role_grant WHERE user_id = ?::uuid", userId.toString()))
                .isEqualTo("1");
        api(admin)
                .get("/api/v1/admin/users/" + userId + "/roles")
                .then()
                .statusCode(200)
                .body("$", org.hamcrest.Matchers.hasSize(1));
    }
}
