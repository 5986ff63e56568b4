package vn.hocvuso.testing;

import static vn.hocvuso.testing.Api.api;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds registrations with unique phone numbers, and logs them in. */
public final class Learners {

    public static final String PASSWORD = "Hoc-vu-so-2026!";
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private Learners() {}

    /** A unique mobile number in national form, e.g. 0971234567. */
    public static String uniquePhone() {
        return "097" + String.format("%07d", SEQUENCE.incrementAndGet() % 10_000_000);
    }

    /** A valid registration body for a citizen of Xã Tịnh Khê; change what a test is about. */
    public static Map<String, Object> registration() {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", "Nguyễn Thị Hoa");
        body.put("phone", uniquePhone());
        body.put("password", PASSWORD);
        body.put("learnerGroup", "CITIZEN");
        body.put("unitCode", "21211");
        return body;
    }

    /** A {@link #registration()} of a person of that unit, group and name. */
    public static Map<String, Object> person(String unitCode, String group, String fullName) {
        Map<String, Object> body = registration();
        body.put("unitCode", unitCode);
        body.put("learnerGroup", group);
        body.put("fullName", fullName);
        return body;
    }

    /** Registers the body, logs in with its phone, and returns the access token. */
    public static String registerAndLogin(Map<String, Object> body) {
        register(body);
        return (String) login((String) body.get("phone"), PASSWORD).get("accessToken");
    }

    /** Registers the body and returns the new account's id. */
    public static UUID register(Map<String, Object> body) {
        String id = api().body(body)
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }

    /** A registered account, not logged in: its id and its phone number (the login). */
    public record Account(UUID id, String phone) {}

    /** A citizen of Xã Tịnh Khê registers with the {@link #registration()} defaults. */
    public static Account registered() {
        Map<String, Object> body = registration();
        return new Account(register(body), (String) body.get("phone"));
    }

    /** Logs in and returns the token response as a map. */
    public static Map<String, Object> login(String login, String password) {
        return api().body(Map.of("login", login, "password", password))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
    }

    /** The app trades a refresh token for new tokens (rotation); the answer, for the test to check. */
    public static ValidatableResponse refresh(String refreshToken) {
        return api().body(Map.of("refreshToken", refreshToken))
                .post("/api/v1/auth/refresh")
                .then();
    }

    /** The learner changes their profile (name, unit, agency, password, large text); the answer. */
    public static ValidatableResponse changeProfile(String accessToken, Object changes) {
        return api(accessToken).body(changes).patch("/api/v1/me").then();
    }

    /** A registered citizen and their access token. */
    public record Session(UUID id, String phone, String accessToken, String refreshToken) {}

    public static Session registeredAndLoggedIn() {
        Map<String, Object> body = registration();
        UUID id = register(body);
        Map<String, Object> tokens = login((String) body.get("phone"), PASSWORD);
        return new Session(id, (String) body.get("phone"), (String) tokens.get("accessToken"), (String)
                tokens.get("refreshToken"));
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
