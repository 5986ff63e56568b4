package vn.hocvuso.report;

import static org.awaitility.Awaitility.await;
import static vn.hocvuso.testing.Api.api;

import io.restassured.path.json.JsonPath;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.hocvuso.testing.Tokens;

/** Small builders for the report tests: asking for a report, waiting for it, downloading it. */
final class Reports {

    static final String PATH = "/api/v1/reports";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Reports() {}

    /** An administrator who stays the same person across requests (Tokens.admin() is a new one each time). */
    static String admin(UUID id) {
        return Tokens.token(id, Set.of("LEARNER", "ADMIN"), List.of(), List.of());
    }

    static String unitManager(UUID id, String unit) {
        return Tokens.token(id, Set.of("LEARNER", "UNIT_MANAGER"), List.of(unit), List.of());
    }

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    static Map<String, Object> notice(String format, LocalDate asOf, LocalDate compareTo) {
        return compareTo == null
                ? Map.of("kind", "NOTICE", "format", format, "asOf", asOf.toString())
                : Map.of(
                        "kind", "NOTICE", "format", format, "asOf", asOf.toString(), "compareTo", compareTo.toString());
    }

    static Map<String, Object> appendix(String format, String unit, LocalDate asOf) {
        return Map.of("kind", "COMMUNE_APPENDIX", "format", format, "asOf", asOf.toString(), "unitCode", unit);
    }

    /** Asks for a report (202, with its address) and returns its id. */
    static String create(String token, Map<String, Object> body) {
        return api(token)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString(PATH + "/"))
                .extract()
                .path("id");
    }

    /** Waits until the report is DONE or FAILED and returns it. */
    static JsonPath finished(String token, String id) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> api(token)
                                .get(PATH + "/" + id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        report -> Set.of("DONE", "FAILED").contains(report.getString("status")));
    }

    /** Asks for a report, waits until it is DONE and downloads it. */
    static byte[] made(String token, Map<String, Object> body) {
        String id = create(token, body);
        JsonPath report = finished(token, id);
        if (!"DONE".equals(report.getString("status"))) {
            throw new AssertionError(
                    "report " + id + " " + report.getString("status") + ": " + report.getString("error"));
        }
        return api(token)
                .get(PATH + "/" + id + "/file")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }

    /** 119.285, as the documents write a count. */
    static String vi(long n) {
        return NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN")).format(n);
    }

    /** +1.234 or -5, as the documents write a change. */
    static String signed(long n) {
        return (n >= 0 ? "+" : "-") + vi(Math.abs(n));
    }
}
