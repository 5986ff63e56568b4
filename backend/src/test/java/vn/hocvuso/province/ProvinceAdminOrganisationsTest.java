package vn.hocvuso.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Problems.violation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.SyntheticProvince;
import vn.hocvuso.testing.Tokens;

/**
 * A province administrator keeps its province's organisations (issue 15): it lists, reads, creates, changes, moves,
 * closes, reopens and imports them, and none of another province's: another province's organisation is not found
 * (404), another province's parent, commune or organisation merged into is refused (403), and nothing is written.
 * Quảng Ngãi beside the synthetic second province ({@link SyntheticProvince}).
 */
@QuarkusTest
class ProvinceAdminOrganisationsTest extends BesideASecondProvince {

    private static final String PATH = "/api/v1/admin/organisations";
    private static final String HEADER = "Tên tổ chức,Loại,Cấp học,Mã đơn vị,Trực thuộc\r\n";

    @Test
    void aProvinceAdministratorKeepsItsProvincesOrganisationsOnly() {
        String n = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        UUID actor = UUID.randomUUID();
        String second = Tokens.provinceAdmin(actor, SECOND);
        String quangNgai = Tokens.provinceAdmin("quang-ngai");
        long theirs = created(Tokens.admin(), body("Sở thử Quảng Ngãi " + n, "AGENCY", null, null))
                .body("provinceCode", equalTo("quang-ngai"))
                .extract()
                .jsonPath()
                .getLong("id");

        // A department with neither parent nor commune is its own province's, not the deployment's home province's.
        long department = created(second, body("Sở thử " + n, "AGENCY", null, null))
                .body("provinceCode", equalTo(SECOND))
                .extract()
                .jsonPath()
                .getLong("id");
        Map<String, Object> school = body("Trường thử " + n, "SCHOOL", SECOND_UNIT, department);
        school.put("schoolLevel", "PRIMARY");
        long own = created(second, school).extract().jsonPath().getLong("id");
        assertThat(Database.queryString(
                        "SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = 'organisation.created'",
                        actor))
                .isEqualTo("2");

        // Its list is its province's; Quảng Ngãi's administrator's does not show them.
        api(second)
                .queryParam("size", 100)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.provinceCode", everyItem(equalTo(SECOND)))
                .body("items.id", hasItem((int) own))
                .body("totalItems", equalTo(count("province_code = '" + SECOND + "'")));
        api(quangNgai)
                .queryParam("q", n)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem((int) own)))
                .body("items.id", hasItem((int) theirs));
        api(second).get(PATH + "/" + own).then().statusCode(200).body("parentId", equalTo((int) department));
        api(second).get(PATH + "/" + theirs).then().statusCode(404).body("code", equalTo("organisation_not_found"));
        api(quangNgai).get(PATH + "/" + own).then().statusCode(404);

        // Another province's parent or commune: refused, nothing made.
        api(second)
                .body(body("Trường lạc " + n, "AGENCY", null, theirs))
                .post(PATH)
                .then()
                .statusCode(403);
        api(second)
                .body(body("Trường lạc " + n, "ENTERPRISE", "21211", null))
                .post(PATH)
                .then()
                .statusCode(403);
        assertThat(count("name = 'Trường lạc " + n + "'")).isZero();

        // Another province's organisation: not found to change, move, close or reopen; its own moved there: refused.
        Map<String, Object> rename = body("Sở đổi tên " + n, "AGENCY", null, null);
        rename.put("version", 0);
        api(second).body(rename).put(PATH + "/" + theirs).then().statusCode(404);
        Map<String, Object> close = Map.of("closedOn", "2026-07-01", "version", 0);
        api(second).body(close).post(PATH + "/" + theirs + "/close").then().statusCode(404);
        api(second)
                .body(Map.of("version", 0))
                .post(PATH + "/" + theirs + "/reopen")
                .then()
                .statusCode(404);
        Map<String, Object> move = body("Sở thử " + n, "AGENCY", null, theirs);
        move.put("version", 0);
        api(second).body(move).put(PATH + "/" + department).then().statusCode(403);
        api(second)
                .body(Map.of("closedOn", "2026-07-01", "mergedIntoId", theirs, "version", 0))
                .post(PATH + "/" + own + "/close")
                .then()
                .statusCode(403);
        assertThat(Database.queryString(
                        "SELECT name || ' ' || version || ' ' || (closed_on IS NULL) FROM agency WHERE id = ?", theirs))
                .isEqualTo("Sở thử Quảng Ngãi " + n + " 0 true");
        assertThat(Database.queryString(
                        "SELECT coalesce(parent_id, 0) || ' ' || (closed_on IS NULL) FROM agency WHERE id = ?",
                        department))
                .isEqualTo("0 true");

        // Within its province it changes, closes and reopens.
        Map<String, Object> renamed = body("Trường thử đổi tên " + n, "SCHOOL", SECOND_UNIT, department);
        renamed.put("schoolLevel", "PRIMARY");
        renamed.put("version", 0);
        api(second).body(renamed).put(PATH + "/" + own).then().statusCode(200).body("version", equalTo(1));
        api(second)
                .body(Map.of("closedOn", "2026-07-01", "version", 1))
                .post(PATH + "/" + own + "/close")
                .then()
                .statusCode(200);
        api(second)
                .body(Map.of("version", 2))
                .post(PATH + "/" + own + "/reopen")
                .then()
                .statusCode(200);
    }

    /**
     * Its file is its province's: a row of another province's commune is refused as out of its scope and nothing is
     * written; a row of its own commune is made in its province. Another province's organisations are no parents.
     */
    @Test
    void aProvinceAdministratorsFileIsItsProvincesOnly() {
        String n = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        String second = Tokens.provinceAdmin(SECOND);
        String mixed = HEADER
                + "Trường lạc " + n + ",Trường học,Tiểu học,21211,\r\n"
                + "Trường nhà " + n + ",Trường học,Tiểu học," + SECOND_UNIT + ",\r\n";
        upload(second, "/import/dry-run", mixed)
                .statusCode(200)
                .body("errors.code", equalTo(List.of("out_of_scope_unit")))
                .body("errors[0].line", equalTo(2))
                .body("rows.unitCode", equalTo(List.of(SECOND_UNIT)));
        upload(second, "/import", mixed).statusCode(400).body("code", equalTo("import_has_errors"));
        assertThat(count("name LIKE 'Trường % " + n + "'")).isZero();

        String own = HEADER
                + "Trường nhà " + n + ",Trường học,Tiểu học," + SECOND_UNIT + ",\r\n"
                + "Đội nhà " + n + ",Cơ quan,,,Sở Giáo dục và Đào tạo\r\n";
        upload(second, "/import/dry-run", own)
                .statusCode(200)
                .body("errors.code", equalTo(List.of("parent_not_found")));
        String fine = HEADER
                + "Trường nhà " + n + ",Trường học,Tiểu học," + SECOND_UNIT + ",\r\n"
                + "Đội nhà " + n + ",Cơ quan,,,Trường nhà " + n + "\r\n";
        upload(second, "/import", fine).statusCode(200).body("created", equalTo(2));
        assertThat(count("province_code = '" + SECOND + "' AND name LIKE '% nhà " + n + "'"))
                .isEqualTo(2);
    }

    /**
     * The administrator of several provinces names the province of what has none of its own, a provincial
     * department or a file: without it 400 on {@code province} and nothing written; named, made there. A province
     * it does not administer is refused (403), an unknown one is not found (404), as everywhere a request acts on one
     * province.
     */
    @Test
    void theAdministratorOfSeveralProvincesNamesTheProvince() {
        String n = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        String both = Tokens.provinceAdmin(SECOND, "quang-ngai");
        Map<String, Object> department = body("Sở nhiều tỉnh " + n, "AGENCY", null, null);
        String file = HEADER + "Ban nhiều tỉnh " + n + ",Cơ quan,,,\r\n";
        String required = "Vui lòng nhập thông tin này.";

        api(both).body(department).post(PATH).then().spec(violation("province", "required", required));
        upload(both, "/import/dry-run", null, file).spec(violation("province", "required", required));
        upload(both, "/import", null, file).spec(violation("province", "required", required));
        assertThat(count("name LIKE '% nhiều tỉnh " + n + "'")).isZero();

        api(both)
                .queryParam("province", SECOND)
                .body(department)
                .post(PATH)
                .then()
                .statusCode(201)
                .body("provinceCode", equalTo(SECOND));
        String key = UUID.randomUUID().toString();
        upload(both, "/import", SECOND, file, key).statusCode(200).body("created", equalTo(1));
        assertThat(count("province_code = '" + SECOND + "' AND name LIKE '% nhiều tỉnh " + n + "'"))
                .isEqualTo(2);
        // the same key and file naming the other province is another request: refused, not the first answer replayed
        upload(both, "/import", "quang-ngai", file, key)
                .statusCode(422)
                .body("code", equalTo("idempotency_key_reused"));
        assertThat(count("province_code = 'quang-ngai' AND name LIKE '% nhiều tỉnh " + n + "'"))
                .isZero();

        // A province it does not administer, or none at all.
        String second = Tokens.provinceAdmin(SECOND);
        api(second)
                .queryParam("province", "quang-ngai")
                .body(department)
                .post(PATH)
                .then()
                .statusCode(403);
        upload(second, "/import/dry-run", "quang-ngai", file).statusCode(403);
        upload(both, "/import/dry-run", "ha-noi", file).statusCode(404).body("code", equalTo("province_not_found"));
        assertThat(count("province_code = 'quang-ngai' AND name LIKE '% nhiều tỉnh " + n + "'"))
                .isZero();
    }

    private static ValidatableResponse upload(String token, String path, String csv) {
        return upload(token, path, null, csv);
    }

    private static ValidatableResponse upload(String token, String path, String province, String csv) {
        return upload(token, path, province, csv, null);
    }

    private static ValidatableResponse upload(String token, String path, String province, String csv, String key) {
        var request = api(token);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (province != null) {
            request.queryParam("province", province);
        }
        return request.contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post(PATH + path)
                .then();
    }

    private static ValidatableResponse created(String token, Map<String, Object> body) {
        return api(token).body(body).post(PATH).then().statusCode(201);
    }

    private static Map<String, Object> body(String name, String kind, String unit, Long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("unitCode", unit);
        body.put("parentId", parentId);
        return body;
    }

    private static int count(String where) {
        return Integer.parseInt(Database.queryString("SELECT count(*) FROM agency WHERE " + where));
    }
}
