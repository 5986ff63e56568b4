package vn.hocvuso.identity;

import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Learners;

/** "Chữ lớn" chosen on one device follows the account to the next one, through /me. */
@QuarkusTest
class LargeTextTest {

    @Test
    void largeTextIsRememberedOnTheAccountUntilSwitchedOff() {
        Learners.Session learner = Learners.registeredAndLoggedIn();
        api(learner.accessToken()).get("/api/v1/me").then().statusCode(200).body("largeText", equalTo(false));

        Learners.changeProfile(learner.accessToken(), Map.of("largeText", true))
                .statusCode(200)
                .body("largeText", equalTo(true));
        // another device: a new login reads it from the account
        String other =
                (String) Learners.login(learner.phone(), Learners.PASSWORD).get("accessToken");
        api(other).get("/api/v1/me").then().statusCode(200).body("largeText", equalTo(true));

        // another change leaves it alone; switching it off is remembered too
        Learners.changeProfile(other, Map.of("fullName", "Nguyễn Thị Chữ Lớn"))
                .statusCode(200)
                .body("largeText", equalTo(true));
        Learners.changeProfile(other, Map.of("largeText", false))
                .statusCode(200)
                .body("largeText", equalTo(false));
        Learners.changeProfile(learner.accessToken(), Map.of("largeText", "rất lớn"))
                .statusCode(400);
    }
}
