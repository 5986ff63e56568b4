package vn.hocvuso.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Tokens;

/**
 * The statistics keep the organisations in a cache (stats.StatsData), and the targets are measured on it:
 * a change an administrator makes, through the API or a file, shows in the very next answer of this
 * replica, never an answer later.
 */
@QuarkusTest
class OrganisationTargetsTest {

    private static final String UNIT = "21439";

    @Test
    void aNewKindAnImportAndAClosingShowInTheOrganisationsTargetsAtOnce() {
        String n = Orgs.unique();
        String name = "Công ty thử chỉ tiêu " + n;
        long id = Orgs.enterprise(name, UNIT);
        assertThat(scopes(id)).contains("EACH_ENTERPRISE").doesNotContain("EACH_SCHOOL");
        int enterprises = places("EACH_ENTERPRISE");

        // Re-filed as an upper secondary school by a file: the school targets now, the enterprise's no more.
        String file = "Tên tổ chức;Loại;Cấp học;Mã đơn vị;Trực thuộc\r\n" + name + ";Trường học;THPT;" + UNIT + ";\r\n";
        api(Tokens.admin())
                .contentType("text/csv")
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/admin/organisations/import")
                .then()
                .statusCode(200);
        assertThat(scopes(id)).contains("EACH_SCHOOL").doesNotContain("EACH_ENTERPRISE");
        assertThat(places("EACH_ENTERPRISE")).isEqualTo(enterprises - 1);

        // Back to an enterprise through the API, then closed today: no target counts it any more.
        long version = Orgs.get(id).getLong("version");
        Map<String, Object> body = Orgs.body(name, "ENTERPRISE", null, UNIT, null);
        body.put("version", version);
        api(Tokens.admin())
                .body(body)
                .put("/api/v1/admin/organisations/" + id)
                .then()
                .statusCode(200);
        assertThat(scopes(id)).contains("EACH_ENTERPRISE");
        assertThat(places("EACH_ENTERPRISE")).isEqualTo(enterprises);

        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        api(Tokens.admin())
                .body(Map.of("closedOn", today, "version", version + 1))
                .post("/api/v1/admin/organisations/" + id + "/close")
                .then()
                .statusCode(200);
        assertThat(scopes(id)).isEmpty();
        assertThat(places("EACH_ENTERPRISE")).isEqualTo(enterprises - 1);
    }

    /** The scopes of the targets measured on the organisation, from its statistics page. */
    private static List<String> scopes(long id) {
        return api(Tokens.admin())
                .get("/api/v1/stats/agencies/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("targets.scope", String.class);
    }

    /** How many places the administrators' overview counts for the first target of that scope. */
    private static int places(String scope) {
        JsonPath overview = api(Tokens.admin())
                .get("/api/v1/stats/targets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Integer> tally = overview.getMap("items.find { it.target.scope == '" + scope + "' }.places");
        return tally.values().stream().mapToInt(Integer::intValue).sum();
    }
}
