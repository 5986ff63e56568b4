package vn.hocvuso.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.hocvuso.testing.Api.api;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import org.awaitility.Awaitility;

/** Roster files of public servants as an administrator uploads them, and the imports they start. */
public final class Rosters {

    public static final String IMPORTS = "/api/v1/imports/rosters";
    /** The first line of the template, as administrators keep it. */
    public static final String HEADER = "Họ và tên,Số điện thoại,Email,Mã xã/phường,Cơ quan,Mã cán bộ";

    private Rosters() {}

    /** One line of a roster file, without an email; {@code agency} may be empty. */
    public static String row(String name, String phone, String unit, String agency, String employeeNumber) {
        return String.join(",", name, phone, "", unit, agency, employeeNumber) + "\r\n";
    }

    /** The administrator uploads the file with this content type; the import's id (it runs in the background). */
    public static String upload(String token, String contentType, byte[] file) {
        return api(token)
                .contentType(contentType)
                .body(file)
                .post(IMPORTS)
                .then()
                .statusCode(202)
                .header("Location", containsString(IMPORTS + "/"))
                .extract()
                .path("id");
    }

    /** The administrator downloads the import's result file (the rows with what became of each); to read it. */
    public static ExtractableResponse<Response> result(String token, String id) {
        return api(token)
                .accept("text/csv")
                .get(IMPORTS + "/" + id + "/result")
                .then()
                .statusCode(200)
                .extract();
    }

    /** Waits for the background job and returns the finished import, which must have run to its end. */
    public static JsonPath awaitDone(String token, String id) {
        JsonPath status = Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> api(token)
                                .get(IMPORTS + "/" + id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        s -> "DONE".equals(s.getString("status")) || "FAILED".equals(s.getString("status")));
        assertThat(status.getString("status")).isEqualTo("DONE");
        return status;
    }
}
