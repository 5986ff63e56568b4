package vn.hocvuso.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.SyntheticProvince;
import vn.hocvuso.testing.Tokens;

/** Organisations from a spreadsheet: a dry run with per-row errors, then all or nothing. */
@QuarkusTest
class OrganisationImportTest {

    private static JsonPath send(String path, byte[] file, int status) {
        return api(Tokens.admin())
                .contentType("text/csv; charset=utf-8")
                .body(file)
                .post("/api/v1/admin/organisations/" + path)
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    @Test
    void aDryRunSaysWhatEachRowWouldDoAndWhyWrongRowsAreWrongThenTheFixedFileIsWrittenOnce() {
        String n = Orgs.unique();
        String header = "Tên tổ chức;Loại;Cấp học;Mã đơn vị;Trực thuộc\r\n";
        String good = "Bệnh viện thử " + n + ";Cơ quan;;;Sở Y tế\r\n"
                + "Trường THPT thử " + n + ";Trường học;THPT;21211;Sở Giáo dục và Đào tạo\r\n"
                + "Khoa thử " + n + ";Cơ quan;;;Bệnh viện thử " + n + "\r\n"
                + "Công ty thử " + n + ";Doanh nghiệp;;21211;\r\n";
        String bad = "Trường không cấp " + n + ";Trường học;;21211;\r\n"
                + "Cơ sở lạ " + n + ";Bệnh viện;;;\r\n"
                + "Trạm thử " + n + ";Cơ quan;;;Sở Không Có " + n + "\r\n"
                + "Bệnh viện thử " + n + ";Cơ quan;;;\r\n";
        // With a BOM and semicolons, as Excel saves "CSV UTF-8".
        byte[] wrong = ("\uFEFF" + header + good + bad).getBytes(StandardCharsets.UTF_8);

        JsonPath dry = send("import/dry-run", wrong, 200);
        assertThat(dry.getBoolean("dryRun")).isTrue();
        assertThat(dry.getInt("totalRows")).isEqualTo(8);
        assertThat(dry.getInt("created")).isEqualTo(4);
        assertThat(dry.getInt("errorRows")).isEqualTo(4);
        assertThat(dry.<String>getList("rows.outcome")).containsOnly("CREATE");
        assertThat(dry.<Integer>getList("errors.line")).containsExactly(6, 7, 8, 9);
        assertThat(dry.<String>getList("errors.code"))
                .containsExactly(
                        "school_level_required", "invalid_kind", "parent_not_found", "duplicate_organisation_in_file");
        assertThat(dry.getString("errors[2].message")).contains("Sở Không Có " + n);
        api(Tokens.admin())
                .queryParam("q", "thu " + n)
                .get("/api/v1/admin/organisations")
                .then()
                .body("totalItems", equalTo(0));

        // The real run of a file with wrong rows writes nothing.
        send("import", wrong, 400);
        api(Tokens.admin())
                .queryParam("q", n)
                .get("/api/v1/admin/organisations")
                .then()
                .body("totalItems", equalTo(0));

        byte[] fixed = ("\uFEFF" + header + good).getBytes(StandardCharsets.UTF_8);
        JsonPath done = send("import", fixed, 200);
        assertThat(done.getInt("created")).isEqualTo(4);
        assertThat(done.<String>getList("rows.outcome")).containsOnly("CREATED");
        long hospital = done.getLong("rows[0].id");
        JsonPath ward = Orgs.get(done.getLong("rows[2].id"));
        assertThat(ward.getLong("parentId")).isEqualTo(hospital);
        assertThat(Orgs.get(hospital).getString("parentName")).isEqualTo("Sở Y tế");
        JsonPath school = Orgs.get(done.getLong("rows[1].id"));
        assertThat(school.getString("schoolLevel")).isEqualTo("UPPER_SECONDARY");
        assertThat(school.getString("unitCode")).isEqualTo("21211");

        // The same file again changes nothing; a row that moves one is an update.
        JsonPath again = send("import", fixed, 200);
        assertThat(again.<String>getList("rows.outcome")).containsOnly("UNCHANGED");
        String moved = header + "Khoa thử " + n + ";Cơ quan;;;Sở Y tế\r\n";
        JsonPath move = send("import", moved.getBytes(StandardCharsets.UTF_8), 200);
        assertThat(move.getInt("updated")).isEqualTo(1);
        assertThat(Orgs.get(done.getLong("rows[2].id")).getString("parentName")).isEqualTo("Sở Y tế");
    }

    @Test
    void aFileWithoutTheNameColumnIsRefusedAsAWhole() {
        send("import/dry-run", "Loại;Mã đơn vị\r\nCơ quan;21211\r\n".getBytes(StandardCharsets.UTF_8), 400);
        api(Tokens.admin())
                .contentType("text/csv")
                .body("Loại,Tên tổ chức\r\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/admin/organisations/import/dry-run")
                .then()
                .statusCode(400)
                .body("code", equalTo("import_empty"));
    }

    /**
     * The file is this deployment's province's: a commune of another province (or of none) is refused, and a parent
     * is looked for among this province's organisations only, so another province's department of the same name
     * makes it neither ambiguous nor reachable.
     */
    @Test
    void aFileNamesTheProvincesOwnCommunesAndParents() {
        String n = Orgs.unique();
        try (SyntheticProvince other = SyntheticProvince.enter("bien-thu-nghiem", "Biển Thử Nghiệm", "99002")) {
            Database.execute(
                    "INSERT INTO agency (name, kind, province_code) VALUES ('Sở Y tế', 'AGENCY', ?)", other.code);
            Orgs.school("Trường Biển thử " + n, "PRIMARY", other.unit, null);
            String header = "Tên tổ chức;Loại;Cấp học;Mã đơn vị;Trực thuộc\r\n";
            String rows = "Khoa thử " + n + ";Cơ quan;;;Sở Y tế\r\n"
                    + "Công ty Biển thử " + n + ";Doanh nghiệp;;" + other.unit + ";\r\n"
                    + "Công ty không xã " + n + ";Doanh nghiệp;;99999;\r\n"
                    + "Tổ thử " + n + ";Cơ quan;;;Trường Biển thử " + n + "\r\n";

            JsonPath dry = send("import/dry-run", (header + rows).getBytes(StandardCharsets.UTF_8), 200);
            assertThat(dry.<Integer>getList("errors.line")).containsExactly(3, 4, 5);
            assertThat(dry.<String>getList("errors.code"))
                    .containsExactly("unit_not_found", "unit_not_found", "parent_not_found");

            JsonPath done = send(
                    "import",
                    (header + rows.lines().findFirst().orElseThrow() + "\r\n").getBytes(StandardCharsets.UTF_8),
                    200);
            JsonPath ward = Orgs.get(done.getLong("rows[0].id"));
            assertThat(ward.getString("parentName")).isEqualTo("Sở Y tế");
            assertThat(ward.getString("provinceCode")).isEqualTo("quang-ngai");
        }
    }

    @Test
    void onlyAdministratorsImport() {
        api(Tokens.agencyManager(1L))
                .contentType("text/csv")
                .body("Tên tổ chức,Loại\r\nA,Cơ quan\r\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/admin/organisations/import")
                .then()
                .statusCode(403)
                .body("code", equalTo("forbidden"));
    }
}
