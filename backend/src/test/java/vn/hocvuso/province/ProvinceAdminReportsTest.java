package vn.hocvuso.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Problems.violation;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.SyntheticProvince;
import vn.hocvuso.testing.Tokens;

/**
 * A province administrator's reports (issue 15): it asks for every kind of its province's reports (the notice, the
 * units' and organisations' files, its communes' appendices) and sees, downloads and deletes its province's; another
 * province named, or another province's commune, is refused (403) with nothing queued, and another province's report
 * is not found (404). Quảng Ngãi beside the synthetic second province ({@link SyntheticProvince}).
 */
@QuarkusTest
class ProvinceAdminReportsTest extends BesideASecondProvince {

    private static final String PATH = "/api/v1/reports";

    @Test
    void aProvinceAdministratorMakesAndSeesItsProvincesReportsOnly() {
        UUID actor = UUID.randomUUID();
        String second = Tokens.provinceAdmin(actor, SECOND);
        String quangNgai = Tokens.provinceAdmin("quang-ngai");
        String asOf = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString();

        // Its own province by default, every kind; its commune's appendix.
        String notice = asked(second, Map.of("kind", "NOTICE", "format", "DOCX", "asOf", asOf));
        String units =
                asked(second, Map.of("kind", "UNIT_RESULTS", "format", "XLSX", "asOf", asOf, "province", SECOND));
        String appendix = asked(
                second, Map.of("kind", "COMMUNE_APPENDIX", "format", "DOCX", "asOf", asOf, "unitCode", SECOND_UNIT));
        for (String id : List.of(notice, units, appendix)) {
            api(second).get(PATH + "/" + id).then().statusCode(200).body("province", equalTo(SECOND));
        }
        awaitDone(second, notice);
        api(second).get(PATH + "/" + notice + "/file").then().statusCode(200);

        // Another province named, or another province's commune: refused, nothing queued.
        api(second)
                .body(Map.of("kind", "NOTICE", "format", "DOCX", "asOf", asOf, "province", "quang-ngai"))
                .post(PATH)
                .then()
                .statusCode(403);
        api(second)
                .body(Map.of("kind", "COMMUNE_APPENDIX", "format", "DOCX", "asOf", asOf, "unitCode", "21211"))
                .post(PATH)
                .then()
                .statusCode(403);
        assertThat(Database.queryString("SELECT count(*) FROM report WHERE requested_by = ?", actor))
                .isEqualTo("3");

        // Quảng Ngãi's report, asked for by the national administrator: its administrator's, not the other's.
        String theirs = asked(Tokens.admin(), Map.of("kind", "NOTICE", "format", "PDF", "asOf", asOf));
        api(quangNgai).get(PATH + "/" + theirs).then().statusCode(200).body("province", equalTo("quang-ngai"));
        api(quangNgai)
                .queryParam("size", 100)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(theirs))
                .body("items.id", not(hasItem(notice)));
        api(second)
                .queryParam("size", 100)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", hasItems(notice, units, appendix))
                .body("items.id", not(hasItem(theirs)));
        api(second).get(PATH + "/" + theirs).then().statusCode(404).body("code", equalTo("report_not_found"));
        api(second).get(PATH + "/" + theirs + "/file").then().statusCode(404);
        api(second).delete(PATH + "/" + theirs).then().statusCode(404);
        api(quangNgai).delete(PATH + "/" + notice).then().statusCode(404);
        assertThat(Database.queryString(
                        "SELECT count(*) FROM report WHERE id IN (?, ?)",
                        UUID.fromString(theirs),
                        UUID.fromString(notice)))
                .isEqualTo("2");

        // The national texts stay the national administrator's.
        api(second).get("/api/v1/admin/report-templates").then().statusCode(403);
        api(second).delete(PATH + "/" + units).then().statusCode(204);
    }

    /**
     * The administrator of several provinces names its report's province: without it 400 on {@code province} and
     * nothing queued; named, the report is that province's. A commune's appendix is its commune's province's.
     */
    @Test
    void theAdministratorOfSeveralProvincesNamesTheReportsProvince() {
        UUID actor = UUID.randomUUID();
        String both = Tokens.provinceAdmin(actor, SECOND, "quang-ngai");
        String asOf = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString();

        api(both)
                .body(Map.of("kind", "NOTICE", "format", "DOCX", "asOf", asOf))
                .post(PATH)
                .then()
                .spec(violation("province", "required", "Vui lòng nhập thông tin này."));
        assertThat(Database.queryString("SELECT count(*) FROM report WHERE requested_by = ?", actor))
                .isEqualTo("0");

        String notice = asked(both, Map.of("kind", "NOTICE", "format", "DOCX", "asOf", asOf, "province", SECOND));
        String appendix = asked(
                both, Map.of("kind", "COMMUNE_APPENDIX", "format", "DOCX", "asOf", asOf, "unitCode", SECOND_UNIT));
        for (String id : List.of(notice, appendix)) {
            api(both).get(PATH + "/" + id).then().statusCode(200).body("province", equalTo(SECOND));
        }
        api(both)
                .body(Map.of("kind", "NOTICE", "format", "DOCX", "asOf", asOf, "province", "ha-noi"))
                .post(PATH)
                .then()
                .statusCode(404)
                .body("code", equalTo("province_not_found"));
    }

    private static String asked(String token, Map<String, Object> body) {
        return api(token)
                .body(new HashMap<>(body))
                .post(PATH)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    private static void awaitDone(String token, String id) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> Set.of("DONE", "FAILED")
                        .contains(
                                api(token).get(PATH + "/" + id).then().extract().path("status")));
        api(token).get(PATH + "/" + id).then().body("status", equalTo("DONE"));
    }
}
