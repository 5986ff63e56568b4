package vn.hocvuso.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Tokens;

/** Administrators keep the organisation tree; learners search its open organisations. */
@QuarkusTest
class OrganisationTreeTest {

    @Test
    void anAdministratorCreatesASchoolUnderADepartmentAndEveryChangeIsAudited() {
        String n = Orgs.unique();
        long department = Orgs.agency("Sở thử nghiệm " + n, null);
        JsonPath school =
                Orgs.create(Orgs.body("Trường Tiểu học Hòa Bình " + n, "SCHOOL", "PRIMARY", "21211", department));
        assertThat(school.getString("kind")).isEqualTo("SCHOOL");
        assertThat(school.getString("schoolLevel")).isEqualTo("PRIMARY");
        assertThat(school.getString("unitName")).isEqualTo("Xã Tịnh Khê");
        assertThat(school.getString("parentName")).isEqualTo("Sở thử nghiệm " + n);
        assertThat(school.getInt("version")).isZero();
        assertThat(Orgs.get(department).getInt("openChildren")).isEqualTo(1);

        Map<String, Object> change = Orgs.body("Trường Tiểu học Hòa Bình " + n, "SCHOOL", "PRIMARY", "21211", null);
        change.put("version", 0);
        api(Tokens.admin())
                .body(change)
                .put("/api/v1/admin/organisations/" + school.getLong("id"))
                .then()
                .statusCode(200)
                .body("parentId", equalTo(null))
                .body("version", equalTo(1));
        assertThat(Database.queryString(
                        "SELECT string_agg(action, ',' ORDER BY id) FROM audit_event WHERE subject_type = 'organisation'"
                                + " AND subject_id = ?",
                        Long.toString(school.getLong("id"))))
                .isEqualTo("organisation.created,organisation.moved");
        assertThat(Database.queryString(
                        "SELECT details->'previous'->>'parentId' FROM audit_event WHERE action = 'organisation.moved'"
                                + " AND subject_id = ?",
                        Long.toString(school.getLong("id"))))
                .isEqualTo(Long.toString(department));
    }

    @Test
    void aMoveUnderItselfOrItsOwnSubtreeIsRefused() {
        String n = Orgs.unique();
        long department = Orgs.agency("Sở vòng lặp " + n, null);
        long hospital = Orgs.agency("Bệnh viện vòng lặp " + n, department);
        long ward = Orgs.agency("Khoa vòng lặp " + n, hospital);

        for (long under : List.of(department, ward)) {
            Map<String, Object> move = Orgs.body("Sở vòng lặp " + n, "AGENCY", null, null, under);
            move.put("version", 0);
            api(Tokens.admin())
                    .body(move)
                    .put("/api/v1/admin/organisations/" + department)
                    .then()
                    .statusCode(409)
                    .body("code", equalTo("organisation_cycle"));
        }
        // Nothing moved.
        assertThat(Orgs.get(department).getString("parentId")).isNull();
        assertThat(Orgs.get(department).getInt("version")).isZero();
    }

    @Test
    void aStaleVersionIsAConflictAndTheNewerChangeStays() {
        String n = Orgs.unique();
        long id = Orgs.agency("Ban thử phiên bản " + n, null);
        Map<String, Object> first = Orgs.body("Ban thử phiên bản mới " + n, "AGENCY", null, null, null);
        first.put("version", 0);
        api(Tokens.admin())
                .body(first)
                .put("/api/v1/admin/organisations/" + id)
                .then()
                .statusCode(200);
        Map<String, Object> stale = Orgs.body("Ban thử phiên bản cũ " + n, "AGENCY", null, null, null);
        stale.put("version", 0);
        api(Tokens.admin())
                .body(stale)
                .put("/api/v1/admin/organisations/" + id)
                .then()
                .statusCode(409)
                .body("code", equalTo("edit_conflict"));
        assertThat(Orgs.get(id).getString("name")).isEqualTo("Ban thử phiên bản mới " + n);
    }

    @Test
    void wrongRequestsNameEveryWrongFieldAndADuplicateNameInTheUnitIsAConflict() {
        api(Tokens.admin())
                .body(Orgs.body("", "SCHOOL", null, "123", 999_999_999L))
                .post("/api/v1/admin/organisations")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("schoolLevel"))
                .body("violations.field", hasItem("unitCode"));
        api(Tokens.admin())
                .body(Orgs.body("Công ty thử " + Orgs.unique(), "ENTERPRISE", null, null, null))
                .post("/api/v1/admin/organisations")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("unitCode"))
                .body("violations[0].code", equalTo("unit_required"));
        api(Tokens.admin())
                .body(Orgs.body("Ban không cha " + Orgs.unique(), "AGENCY", null, null, 999_999_999L))
                .post("/api/v1/admin/organisations")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("parentId"))
                .body("violations[0].code", equalTo("organisation_not_found"));

        String n = Orgs.unique();
        Orgs.enterprise("Công ty TNHH Hòa Phát " + n, "21211");
        // The same name without diacritics, in the same unit: taken; in another unit: fine.
        api(Tokens.admin())
                .body(Orgs.body("CÔNG TY TNHH HOA PHAT " + n, "ENTERPRISE", null, "21211", null))
                .post("/api/v1/admin/organisations")
                .then()
                .statusCode(409)
                .body("code", equalTo("organisation_name_taken"));
        Orgs.enterprise("Công ty TNHH Hòa Phát " + n, "21172");
    }

    @Test
    void aClosedOrMergedOrganisationIsNoLongerOfferedAndCanBeReopened() {
        String n = Orgs.unique();
        long target = Orgs.school("Trường THCS Nghĩa Hành " + n, "LOWER_SECONDARY", "21211", null);
        long merged = Orgs.school("Trường THCS Nghĩa Lâm " + n, "LOWER_SECONDARY", "21211", null);
        search(Map.of("q", "nghia lam " + n)).body("items.id", contains((int) merged));

        api(Tokens.admin())
                .body(Map.of("closedOn", "2026-01-01", "mergedIntoId", target, "version", 0))
                .post("/api/v1/admin/organisations/" + merged + "/close")
                .then()
                .statusCode(200)
                .body("closedOn", equalTo("2026-01-01"))
                .body("mergedIntoName", equalTo("Trường THCS Nghĩa Hành " + n));
        search(Map.of("q", n)).body("items.id", contains((int) target));
        api().get("/api/v1/organisations/" + merged)
                .then()
                .statusCode(404)
                .body("code", equalTo("organisation_not_found"));
        // Closing twice, or editing a closed one, is a conflict.
        api(Tokens.admin())
                .body(Map.of("closedOn", "2026-01-02", "version", 1))
                .post("/api/v1/admin/organisations/" + merged + "/close")
                .then()
                .statusCode(409)
                .body("code", equalTo("organisation_closed"));
        // The administrators still see it, with where it went.
        api(Tokens.admin())
                .queryParam("q", "nghia lam " + n)
                .queryParam("status", "CLOSED")
                .get("/api/v1/admin/organisations")
                .then()
                .statusCode(200)
                .body("items.mergedIntoId", contains((int) target));

        api(Tokens.admin())
                .body(Map.of("version", 1))
                .post("/api/v1/admin/organisations/" + merged + "/reopen")
                .then()
                .statusCode(200)
                .body("closedOn", equalTo(null))
                .body("mergedIntoId", equalTo(null));
        search(Map.of("q", "nghia lam " + n)).body("items.id", contains((int) merged));
    }

    @Test
    void anOrganisationWithOpenChildrenClosesOnlyOnceTheyAreMovedOrClosed() {
        String n = Orgs.unique();
        long department = Orgs.agency("Sở có đơn vị con " + n, null);
        long child = Orgs.agency("Trung tâm con " + n, department);
        api(Tokens.admin())
                .body(Map.of("closedOn", "2026-01-01", "version", 0))
                .post("/api/v1/admin/organisations/" + department + "/close")
                .then()
                .statusCode(409)
                .body("code", equalTo("organisation_has_open_children"));
        api(Tokens.admin())
                .body(Map.of("closedOn", "2026-01-01", "version", 0))
                .post("/api/v1/admin/organisations/" + child + "/close")
                .then()
                .statusCode(200);
        api(Tokens.admin())
                .body(Map.of("closedOn", "2026-01-01", "version", 0))
                .post("/api/v1/admin/organisations/" + department + "/close")
                .then()
                .statusCode(200);
    }

    @Test
    void theRegistrationSearchIgnoresDiacriticsFiltersByKindUnitAndLevelAndPagesByName() {
        String n = Orgs.unique();
        long b = Orgs.school("Trường Tiểu học " + n + " Đồng Nai", "PRIMARY", "21211", null);
        long a = Orgs.school("Trường Tiểu học " + n + " Dốc Sỏi", "PRIMARY", "21211", null);
        long c = Orgs.school("Trường THPT " + n + " Đông Sơn", "UPPER_SECONDARY", "21172", null);
        long e = Orgs.enterprise("Công ty Cổ phần " + n + " Đồng Tâm", "21211");

        // Vietnamese order: D before Đ; "dong" finds Đồng, Đông.
        search(Map.of("q", "TIỂU HỌC " + n, "kind", "SCHOOL", "unitCode", "21211"))
                .body("items.id", contains((int) a, (int) b))
                .body("items.kind", everyItem(equalTo("SCHOOL")));
        search(Map.of("q", n + " dong")).body("items.id", contains((int) e, (int) c, (int) b));
        search(Map.of("q", n, "level", "UPPER_SECONDARY")).body("items.id", contains((int) c));
        search(Map.of("q", n, "kind", "ENTERPRISE")).body("items.id", contains((int) e));
        search(Map.of("q", n, "size", 2, "page", 2))
                .body("totalItems", equalTo(4))
                .body("totalPages", equalTo(2))
                .body("items.id", contains((int) a, (int) b));
        api().get("/api/v1/organisations/" + c)
                .then()
                .statusCode(200)
                .body("name", equalTo("Trường THPT " + n + " Đông Sơn"))
                .body("schoolLevel", equalTo("UPPER_SECONDARY"));
        api().queryParam("kind", "HOSPITAL").get("/api/v1/organisations").then().statusCode(400);
        api().queryParam("unitCode", "2121").get("/api/v1/organisations").then().statusCode(400);
    }

    @Test
    void theSeededAddresseesOfTheNoticeAreThereAndTheAgencyListStillListsOnlyOpenAgencies() {
        search(Map.of("q", "mat tran to quoc"))
                .body("items.name", hasItem("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi"));
        search(Map.of("q", "tinh doan"))
                .body(
                        "items.find { it.name == 'Tỉnh đoàn Quảng Ngãi' }.parentName",
                        equalTo("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi"));
        search(Map.of("q", "pham van dong", "kind", "SCHOOL")).body("items.schoolLevel", contains("UNIVERSITY"));
        String n = Orgs.unique();
        Orgs.school("Trường Mầm non Không Phải Cơ Quan " + n, "PRIMARY", "21211", null);
        api().queryParam("q", n).get("/api/v1/agencies").then().statusCode(200).body("totalItems", equalTo(0));
        api().queryParam("q", "bao va phat thanh")
                .get("/api/v1/agencies")
                .then()
                .body("items.name", contains("Báo và Phát thanh, Truyền hình Quảng Ngãi"));
    }

    private static ValidatableResponse search(Map<String, ?> query) {
        return api().queryParams(query).get("/api/v1/organisations").then().statusCode(200);
    }
}
