package vn.hocvuso.testing;

import static vn.hocvuso.testing.Api.api;

import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;

/** Certificates earned the way learners earn them: through the API, from registration to a passed test. */
public final class Certificates {

    private Certificates() {}

    /** A certificate, its holder's session and the code anyone can verify. */
    public record Issued(String code, Learners.Session holder) {}

    /** A citizen of Xã Tịnh Khê named {@code fullName} passes a small course of their own. */
    public static Issued issue(String fullName) {
        return issue(Learners.with(Learners.registration(), "fullName", fullName));
    }

    /** The learner of this registration body (it needs a phone) passes a small course of their own. */
    public static Issued issue(Map<String, Object> registration) {
        UUID id = Learners.register(registration);
        String phone = (String) registration.get("phone");
        Map<String, Object> tokens = Learners.login(phone, Learners.PASSWORD);
        Learners.Session holder = new Learners.Session(
                id, phone, (String) tokens.get("accessToken"), (String) tokens.get("refreshToken"));
        return new Issued(pass(holder.accessToken()), holder);
    }

    /** The learner of this token passes a small course of their own; the certificate's code. */
    public static String pass(String token) {
        Courses.TestCourse course = Courses.course().create();
        String enrollmentId = Journeys.studyEveryLesson(token, course);
        String attemptId = Journeys.startTest(token, enrollmentId);
        Journeys.answerAll(token, attemptId, true);
        return Journeys.submit(token, attemptId);
    }

    /** An administrator revokes the certificate with this reason; the answer, unchecked. */
    public static ValidatableResponse revoke(String code, String reason) {
        return api(Tokens.admin())
                .body(Map.of("reason", reason))
                .post("/api/v1/admin/certificates/" + code + "/revoke")
                .then();
    }

    public static void revoke(String code) {
        revoke(code, "Cấp nhầm do lỗi nhập liệu").statusCode(200);
    }
}
