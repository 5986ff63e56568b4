package vn.hocvuso.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.SyntheticProvince;
import vn.hocvuso.testing.Tokens;

/**
 * An organisation stays in its province: its figures, targets and managers are that province's, so no change
 * may put it under another province's parent or commune, or merge it into another province's organisation.
 */
@QuarkusTest
class OrganisationProvinceTest {

    @Test
    void anOrganisationNeverCrossesIntoAnotherProvince() {
        String n = Orgs.unique();
        long department = Orgs.agency("Sở thử tỉnh " + n, null);
        try (SyntheticProvince other = SyntheticProvince.enter("bien-thu-nghiem", "Biển Thử Nghiệm", "99002")) {
            long theirs = Orgs.school("Trường Biển thử " + n, "PRIMARY", other.unit, null);
            assertThat(Orgs.get(theirs).getString("provinceCode")).isEqualTo(other.code);
            assertThat(Orgs.get(department).getString("provinceCode")).isEqualTo("quang-ngai");

            // A new one under Quảng Ngãi's department, in the other province's commune.
            refused(
                    api(Tokens.admin())
                            .body(Orgs.body("Trường lai " + n, "SCHOOL", "PRIMARY", other.unit, department))
                            .post("/api/v1/admin/organisations"),
                    "unitCode");
            // Theirs moved under Quảng Ngãi's department; Quảng Ngãi's put in their commune.
            refused(
                    change(theirs, Orgs.body("Trường Biển thử " + n, "SCHOOL", "PRIMARY", other.unit, department)),
                    "parentId");
            refused(change(department, Orgs.body("Sở thử tỉnh " + n, "AGENCY", null, other.unit, null)), "unitCode");
            // Theirs merged into Quảng Ngãi's department.
            refused(
                    api(Tokens.admin())
                            .body(Map.of("closedOn", "2026-07-01", "mergedIntoId", department, "version", 0))
                            .post("/api/v1/admin/organisations/" + theirs + "/close"),
                    "mergedIntoId");

            // Nothing changed, and a change within the province still goes through.
            assertThat(Orgs.get(theirs).getString("parentId")).isNull();
            assertThat(Orgs.get(theirs).getString("closedOn")).isNull();
            assertThat(Orgs.get(department).getString("unitCode")).isNull();
            long club = Orgs.agency("Đội Biển thử " + n, theirs);
            assertThat(Orgs.get(club).getString("provinceCode")).isEqualTo(other.code);
        }
    }

    @Test
    void theListsOfOrganisationsNameOneProvinceWhenAsked() {
        String n = Orgs.unique();
        long ours = Orgs.school("Trường Quảng Ngãi lọc " + n, "PRIMARY", "21211", null);
        try (SyntheticProvince other = SyntheticProvince.enter("loc-thu-nghiem", "Lọc Thử Nghiệm", "99003")) {
            long theirs = Orgs.school("Trường Lọc thử " + n, "PRIMARY", other.unit, null);

            // The registration form's search and the administrators' list, each with and without a province.
            for (String path : new String[] {"/api/v1/organisations", "/api/v1/admin/organisations"}) {
                java.util.function.Supplier<io.restassured.specification.RequestSpecification> caller =
                        () -> path.contains("admin") ? api(Tokens.admin()) : api();
                assertThat(ids(caller.get().queryParam("q", n).get(path))).containsExactlyInAnyOrder(ours, theirs);
                assertThat(ids(caller.get()
                                .queryParam("q", n)
                                .queryParam("province", other.code)
                                .get(path)))
                        .containsExactly(theirs);
                assertThat(ids(caller.get()
                                .queryParam("q", n)
                                .queryParam("province", "quang-ngai")
                                .get(path)))
                        .containsExactly(ours);
                assertThat(ids(caller.get()
                                .queryParam("q", n)
                                .queryParam("province", "khong-co-tinh-nay")
                                .get(path)))
                        .isEmpty();
                caller.get()
                        .queryParam("province", "Quảng Ngãi")
                        .get(path)
                        .then()
                        .statusCode(400)
                        .body("violations[0].field", equalTo("province"));
            }
        }
    }

    private static java.util.List<Long> ids(Response page) {
        return page.then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    private static Response change(long id, Map<String, Object> body) {
        body.put("version", Orgs.get(id).getLong("version"));
        return api(Tokens.admin()).body(body).put("/api/v1/admin/organisations/" + id);
    }

    private static void refused(Response response, String field) {
        response.then()
                .statusCode(400)
                .body("violations[0].field", equalTo(field))
                .body("violations[0].code", equalTo("organisation_province_mismatch"))
                .body(
                        "violations[0].message",
                        equalTo("Tổ chức, tổ chức cấp trên, xã/phường của nó và tổ chức nó sáp nhập vào phải cùng một"
                                + " tỉnh."));
    }
}
