package vn.hocvuso.identity;

import static org.hamcrest.Matchers.hasItem;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SettingsProfile;

/** A fresh installation gets its first administrator from the environment, and only then. */
@QuarkusTest
@TestProfile(FirstAdministratorTest.WithBootstrapAdmin.class)
class FirstAdministratorTest {

    static final String PHONE = "0988 000 111";
    static final String PASSWORD = "Quản trị tỉnh Quảng Ngãi 2026";

    public static class WithBootstrapAdmin extends SettingsProfile {
        public WithBootstrapAdmin() {
            super("hocvuso.bootstrap.admin-phone=" + PHONE, "hocvuso.bootstrap.admin-password=" + PASSWORD);
        }
    }

    @Test
    void theConfiguredAdministratorCanLogInAndAdminister() {
        String token = (String) Learners.login("0988000111", PASSWORD).get("accessToken");
        api(token).get("/api/v1/me").then().statusCode(200).body("roles.role", hasItem("ADMIN"));
        api(token).get("/api/v1/admin/users").then().statusCode(200);
    }
}
