package vn.hocvuso.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.FileReaders;
import vn.hocvuso.testing.ServiceAccounts;
import vn.hocvuso.testing.Tokens;

/** Denominators from a file: dry run with per-row reasons, all-or-nothing writes, the same file twice, scopes. */
@QuarkusTest
class DenominatorImportTest {

    static final String SON_TAY_HA = "21343";
    static final String MO_RAI = "23536";
    static final String HEADER =
            "Mã đơn vị,Cơ quan,Hiệu lực từ,Dân số,Dân số trưởng thành,Số CBCCVC,Ước tính,Nguồn số liệu\r\n";
    /** The template's columns: every kind of place and figure. */
    static final String TEMPLATE = "Mã đơn vị,Cơ quan,Thôn/tổ dân phố,Hiệu lực từ,Dân số,Dân số trưởng thành,Số CBCCVC,"
            + "Số học sinh/sinh viên,Số người lao động,Ước tính,Nguồn số liệu\r\n";

    static final String TRA_CAU = "21451";
    static final String GOOD = HEADER
            + SON_TAY_HA + ",,2026-02-01,\"5.810\",4100,35,không,Niên giám thống kê 2025\r\n"
            + ",Sở Tư pháp,1/2/2026,,,88,không,Quyết định giao biên chế 2026\r\n";

    @Test
    void aDryRunNamesEveryWrongRowInVietnameseAndWritesNothing() {
        String file = HEADER
                + "99999,,2026-02-01,100,50,,không,Nguồn A\r\n"
                + MO_RAI + ",,31/2/2026,100,50,,không,Nguồn B\r\n"
                + MO_RAI + ",,2026-02-01,100,150,,có,Nguồn C\r\n"
                + MO_RAI + ",,2026-02-01,mười,,,có,Nguồn D\r\n"
                + ",Sở không có,2026-02-01,,,10,không,Nguồn E\r\n"
                + ",Sở Tư pháp,2026-02-01,500,,10,không,Nguồn F\r\n"
                + MO_RAI + ",,2026-02-01,6000,4000,,có lẽ,\r\n"
                + MO_RAI + ",,2026-03-01,6000,4000,,có,Nguồn H\r\n"
                + MO_RAI + ",,2026-03-01,6000,4000,,có,Nguồn H\r\n";
        String before = history(MO_RAI);
        JsonPath report = api(Tokens.admin())
                .contentType("text/csv; charset=utf-8")
                .body(("\uFEFF" + file).getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/denominators/dry-run")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getString("encoding")).isEqualTo("UTF-8 (BOM)");
        assertThat(report.getInt("totalRows")).isEqualTo(9);
        assertThat(report.getInt("errorRows")).isEqualTo(8);
        assertThat(report.getInt("validRows")).isEqualTo(1);
        assertThat(report.getList("errors.code"))
                .contains(
                        "unit_not_found",
                        "invalid_date",
                        "adults_above_population",
                        "invalid_count",
                        "agency_not_found",
                        "agency_population",
                        "invalid_yes_no",
                        "source_required",
                        "duplicate_in_file");
        assertThat(report.getString("errors.find { it.line == 3 }.message"))
                .isEqualTo("Ngày hiệu lực \"31/2/2026\" không hợp lệ (ví dụ đúng: 2026-01-01 hoặc 1/1/2026).");
        assertThat(report.getString("errors.find { it.line == 10 }.message"))
                .isEqualTo("Trùng đơn vị và ngày hiệu lực với dòng 9 trong tệp.");
        assertThat(history(MO_RAI)).isEqualTo(before);

        // The real run of a file with wrong rows writes nothing either.
        api(Tokens.admin())
                .contentType("text/csv")
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/denominators")
                .then()
                .statusCode(400)
                .body("code", equalTo("import_has_errors"));
        assertThat(history(MO_RAI)).isEqualTo(before);
    }

    @Test
    void aGoodFileIsWrittenOnceAndTheFiguresUseIt() {
        JsonPath first = api(Tokens.admin())
                .contentType("text/csv")
                .body(GOOD.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/denominators")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(first.getBoolean("dryRun")).isFalse();
        assertThat(first.getInt("created") + first.getInt("updated")).isEqualTo(2);
        api(Tokens.admin())
                .get("/api/v1/admin/units/" + SON_TAY_HA + "/denominators")
                .then()
                .statusCode(200)
                .body("items[0].validFrom", equalTo("2026-02-01"))
                .body("items[0].population", equalTo(5810))
                .body("items[0].adultPopulation", equalTo(4100))
                .body("items[0].source", equalTo("Niên giám thống kê 2025"));
        api(Tokens.admin())
                .get("/api/v1/stats/units/" + SON_TAY_HA)
                .then()
                .statusCode(200)
                .body("rates.participation.denominator", equalTo(4100))
                .body("rates.publicServantCoverage.denominator", equalTo(35));

        // The same file again: nothing changes.
        api(Tokens.admin())
                .contentType("text/csv")
                .body(GOOD.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/denominators")
                .then()
                .statusCode(200)
                .body("unchanged", equalTo(2))
                .body("created", equalTo(0))
                .body("updated", equalTo(0));
    }

    @Test
    void anXlsxFileReadsLikeItsCsv() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Mẫu số");
        List<String> header = List.of("Mã đơn vị", "Hiệu lực từ", "Dân số trưởng thành", "Ước tính", "Nguồn số liệu");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        sheet.value(1, 0, MO_RAI);
        sheet.value(1, 1, "2026-04-01");
        sheet.value(1, 2, 4321);
        sheet.value(1, 3, "có");
        sheet.value(1, 4, "Ước tính của xã");
        workbook.finish();
        api(Tokens.admin())
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(bytes.toByteArray())
                .post("/api/v1/imports/denominators/dry-run")
                .then()
                .statusCode(200)
                .body("encoding", equalTo("xlsx"))
                .body("errorRows", equalTo(0))
                .body("rows[0].unitCode", equalTo(MO_RAI))
                .body("rows[0].outcome", equalTo("CREATE"));
    }

    @Test
    void onlyAdministratorsAndServiceAccountsWithTheScopeWithinTheirLimits() {
        byte[] file = GOOD.getBytes(StandardCharsets.UTF_8);
        api(ServiceAccounts.tokenWith("rosters:write"))
                .contentType("text/csv")
                .body(file)
                .post("/api/v1/imports/denominators/dry-run")
                .then()
                .statusCode(403)
                .body("code", equalTo("insufficient_scope"));
        api(ServiceAccounts.tokenWith("denominators:write"))
                .contentType("text/csv")
                .body(file)
                .post("/api/v1/imports/denominators/dry-run")
                .then()
                .statusCode(200)
                .body("errorRows", equalTo(0));
        // Limited to Mô Rai: Sơn Tây Hạ and any agency are outside.
        String limited = ServiceAccounts.token(
                ServiceAccounts.create(List.of("denominators:write"), List.of(MO_RAI), List.of()));
        api(limited)
                .contentType("text/csv")
                .body(file)
                .post("/api/v1/imports/denominators/dry-run")
                .then()
                .statusCode(200)
                .body("errorRows", equalTo(2))
                .body("errors.code", hasItem("out_of_scope_unit"))
                .body("errors.code", hasItem("out_of_scope_agency"));
    }

    @Test
    void schoolsEnterprisesAndVillagesComeFromTheSameFileEachWithItsOwnFigures() {
        long school = Long.parseLong(Database.queryString(
                "INSERT INTO agency (name, kind, school_level, unit_code) VALUES (?, 'SCHOOL', 'UPPER_SECONDARY', ?)"
                        + " RETURNING id",
                "Trường THPT Trà Câu (thử)",
                TRA_CAU));
        long firm = Long.parseLong(Database.queryString(
                "INSERT INTO agency (name, kind, unit_code) VALUES (?, 'ENTERPRISE', ?) RETURNING id",
                "Công ty CP Thủy sản Trà Câu (thử)",
                TRA_CAU));
        long village = Long.parseLong(Database.queryString(
                "INSERT INTO village (unit_code, name, kind) VALUES (?, ?, 'TO_DAN_PHO') RETURNING id",
                TRA_CAU,
                "Tổ dân phố 1 (thử)"));
        String good = TEMPLATE
                + ",Trường THPT Trà Câu (thử),,2026-01-01,,,60,1.200,,không,Sở Giáo dục và Đào tạo\r\n"
                + "," + firm + ",,2026-01-01,,,,,350,có,Báo cáo của doanh nghiệp\r\n"
                // A village by its name as typed, without diacritics.
                + TRA_CAU + ",,to dan pho 1 (thu),2026-01-01,2400,1700,,,,không,UBND phường Trà Câu\r\n";
        String wrong = good
                + ",Công ty CP Thủy sản Trà Câu (thử),,2026-02-01,,,,10,,không,Nhầm cột\r\n"
                + TRA_CAU + ",,Thôn Không Có,2026-01-01,10,5,,,,không,Nguồn X\r\n"
                + TRA_CAU + ",,Tổ dân phố 1 (thử),2026-02-01,10,5,3,,,không,Nguồn Y\r\n"
                + "99999,,Tổ dân phố 1 (thử),2026-02-01,10,5,,,,không,Nguồn Z\r\n";
        JsonPath dry = api(Tokens.admin())
                .contentType("text/csv")
                .body(wrong.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/denominators/dry-run")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(dry.getInt("validRows")).isEqualTo(3);
        assertThat(dry.getInt("errorRows")).isEqualTo(4);
        assertThat(dry.getList("errors.code"))
                .containsExactlyInAnyOrder(
                        "figure_not_of_kind", "village_not_found", "figure_not_of_kind", "unit_not_found");
        assertThat(dry.getString("errors.find { it.line == 6 }.message"))
                .isEqualTo("Không tìm thấy thôn, tổ dân phố \"Thôn Không Có\" của xã/phường mã 21451.");
        assertThat(dry.getList("rows.villageId", Long.class)).containsExactly(null, null, village);
        assertThat(Database.queryString("SELECT count(*) FROM village_denominator WHERE village_id = ?", village))
                .isEqualTo("0");

        JsonPath written = api(Tokens.admin())
                .contentType("text/csv")
                .body(good.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/denominators")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(written.getInt("created")).isEqualTo(3);
        api(Tokens.admin())
                .get("/api/v1/admin/agencies/" + school + "/denominators")
                .then()
                .statusCode(200)
                .body("items[0].students", equalTo(1200))
                .body("items[0].publicServants", equalTo(60))
                .body("items[0].workers", equalTo(null));
        api(Tokens.admin())
                .get("/api/v1/admin/agencies/" + firm + "/denominators")
                .then()
                .statusCode(200)
                .body("items[0].workers", equalTo(350))
                .body("items[0].estimated", equalTo(true));
        api(Tokens.admin())
                .get("/api/v1/admin/villages/" + village + "/denominators")
                .then()
                .statusCode(200)
                .body("items[0].adultPopulation", equalTo(1700))
                .body("items[0].source", equalTo("UBND phường Trà Câu"));
        // The same file again changes nothing.
        api(Tokens.admin())
                .contentType("text/csv")
                .body(good.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/denominators")
                .then()
                .statusCode(200)
                .body("unchanged", equalTo(3));
    }

    @Test
    void theTemplateHasTheVietnameseHeaders() {
        byte[] csv = api().get("/api/v1/imports/denominators/template")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + TEMPLATE);
        byte[] xlsx = api().queryParam("format", "xlsx")
                .get("/api/v1/imports/denominators/template")
                .then()
                .statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\"mau-mau-so.xlsx\""))
                .extract()
                .asByteArray();
        assertThat(FileReaders.xlsx(xlsx))
                .containsExactly(List.of(TEMPLATE.strip().split(",")));
    }

    private static String history(String code) {
        return api(Tokens.admin())
                .get("/api/v1/admin/units/" + code + "/denominators")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
