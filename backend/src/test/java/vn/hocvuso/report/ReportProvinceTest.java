package vn.hocvuso.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.FileReaders;
import vn.hocvuso.testing.SyntheticProvince;

/**
 * A report is one province's (issue 15): with a second, synthetic province in the data ({@link SyntheticProvince}),
 * a report asked for it counts its unit alone and names it (its date line, its title, its people's committee), and
 * a report of Quảng Ngãi (the deployment's home province, asked for by default) does not count the synthetic unit.
 * Naming a province follows the statistics' {@code ?province=}: another province than one's own is 403, an unknown
 * one 404, a malformed key 400.
 */
@QuarkusTest
class ReportProvinceTest {

    private static final String SECOND = SyntheticProvince.CODE;

    @BeforeEach
    void twoProvinces() {
        SyntheticProvince.add();
    }

    @AfterAll
    static void onlyQuangNgaiAgain() {
        SyntheticProvince.remove();
    }

    private static Map<String, Object> of(Map<String, Object> body, String province) {
        Map<String, Object> out = new HashMap<>(body);
        out.put("province", province);
        return out;
    }

    @Test
    void aReportOfTheSecondProvinceCountsAndNamesItAlone() {
        String admin = Reports.admin(UUID.randomUUID());
        LocalDate yesterday = Reports.today().minusDays(1);

        String id = Reports.create(admin, of(Reports.notice("DOCX", yesterday, null), SECOND));
        assertThat(Reports.finished(admin, id).getString("province")).isEqualTo(SECOND);
        FileReaders.Docx notice = FileReaders.docx(file(admin, id));
        assertThat(notice.text())
                .contains("UBND TỈNH THỬ NGHIỆM", "Thử Nghiệm, ngày ")
                .contains("Cổng Bình dân học vụ số tỉnh Thử Nghiệm đến ngày " + Reports.DMY.format(yesterday))
                // its own plan is not entered: cited without a number, never Quảng Ngãi's 368-KH/TU
                .contains("Thực hiện Kế hoạch của Tỉnh ủy Thử Nghiệm về thực hiện")
                .doesNotContain("368")
                .contains("tổng số tài khoản học viên tham gia là 0 học viên")
                .doesNotContain("Quảng Ngãi");
        // The units it ranks, leading and lagging: its own, none of Quảng Ngãi's.
        List<List<List<String>>> ranked = notice.tables().stream()
                .filter(t -> t.getFirst().get(1).equals("Đơn vị"))
                .toList();
        assertThat(ranked)
                .hasSize(2)
                .allSatisfy(table -> assertThat(table.subList(1, table.size()))
                        .singleElement()
                        .satisfies(row -> assertThat(row.get(1)).isEqualTo(SyntheticProvince.UNIT_NAME)));

        // The units' file: its one unit; the organisations' file: none (it has none).
        List<List<String>> units = FileReaders.xlsx(Reports.made(
                admin, of(Map.of("kind", "UNIT_RESULTS", "format", "XLSX", "asOf", yesterday.toString()), SECOND)));
        assertThat(units.subList(3, units.size()))
                .singleElement()
                .satisfies(row -> assertThat(row.subList(1, 3))
                        .containsExactly(SyntheticProvince.UNIT, SyntheticProvince.UNIT_NAME));
        List<List<String>> agencies = FileReaders.xlsx(Reports.made(
                admin, of(Map.of("kind", "AGENCY_RESULTS", "format", "XLSX", "asOf", yesterday.toString()), SECOND)));
        assertThat(agencies.subList(3, agencies.size())).isEmpty();

        // Its unit's manager asks for the unit's appendix without naming a province: the unit's, dated there.
        String manager = Reports.unitManager(UUID.randomUUID(), SyntheticProvince.UNIT);
        String appendix = Reports.create(manager, Reports.appendix("DOCX", SyntheticProvince.UNIT, yesterday));
        assertThat(Reports.finished(manager, appendix).getString("province")).isEqualTo(SECOND);
        assertThat(FileReaders.docx(file(manager, appendix)).paragraphs().getFirst())
                .startsWith("Thử Nghiệm, ngày ");
        api(manager).get(Reports.PATH + "/" + appendix).then().statusCode(200).body("province", equalTo(SECOND));
    }

    @Test
    void aReportOfQuangNgaiIsTheDefaultAndLeavesTheSecondProvinceOut() {
        String admin = Reports.admin(UUID.randomUUID());
        LocalDate yesterday = Reports.today().minusDays(1);

        String id = Reports.create(admin, Reports.notice("PDF", yesterday, null));
        api(admin)
                .get(Reports.PATH + "?size=100")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + id + "' }.province", equalTo("quang-ngai"));
        Reports.finished(admin, id);
        String notice = FileReaders.pdf(file(admin, id)).text().replaceAll("\\s+", " ");
        assertThat(notice)
                .contains("UBND TỈNH QUẢNG NGÃI", "Quảng Ngãi, ngày ")
                .contains("Cổng Bình dân học vụ số tỉnh Quảng Ngãi đến ngày")
                .contains("Thực hiện Kế hoạch số 368-KH/TU ngày 24/5/2025 của Tỉnh ủy Quảng Ngãi về thực hiện")
                .doesNotContain(SyntheticProvince.UNIT_NAME, "Thử Nghiệm");

        List<List<String>> units = FileReaders.xlsx(
                Reports.made(admin, Map.of("kind", "UNIT_RESULTS", "format", "XLSX", "asOf", yesterday.toString())));
        List<String> codes =
                units.subList(3, units.size()).stream().map(row -> row.get(1)).toList();
        assertThat(codes).hasSizeGreaterThan(90).doesNotContain(SyntheticProvince.UNIT);
        List<List<String>> named = FileReaders.xlsx(Reports.made(
                admin,
                of(Map.of("kind", "UNIT_RESULTS", "format", "XLSX", "asOf", yesterday.toString()), "quang-ngai")));
        assertThat(named.subList(3, named.size()).stream()
                        .map(row -> row.get(1))
                        .toList())
                .isEqualTo(codes);
    }

    @Test
    void aProvinceIsNamedAsTheStatisticsNameIt() {
        LocalDate yesterday = Reports.today().minusDays(1);
        String admin = Reports.admin(UUID.randomUUID());
        // Another province than their unit's: refused to a unit manager, either way.
        String second = Reports.unitManager(UUID.randomUUID(), SyntheticProvince.UNIT);
        api(second)
                .body(of(Reports.appendix("DOCX", SyntheticProvince.UNIT, yesterday), "quang-ngai"))
                .post(Reports.PATH)
                .then()
                .statusCode(403)
                .body("code", equalTo("forbidden"));
        api(Reports.unitManager(UUID.randomUUID(), "21211"))
                .body(of(Reports.appendix("DOCX", "21211", yesterday), SECOND))
                .post(Reports.PATH)
                .then()
                .statusCode(403);
        // Their own: made.
        Reports.finished(
                second,
                Reports.create(second, of(Reports.appendix("XLSX", SyntheticProvince.UNIT, yesterday), SECOND)));
        // An administrator names any province, but one with no unit is not found, and a malformed key is refused.
        api(admin)
                .body(of(Reports.notice("DOCX", yesterday, null), "ha-noi"))
                .post(Reports.PATH)
                .then()
                .spec(problem(404, "province_not_found", "Không tìm thấy tỉnh, thành phố có mã ha-noi."));
        api(admin)
                .body(of(Reports.notice("DOCX", yesterday, null), "Quảng Ngãi"))
                .post(Reports.PATH)
                .then()
                .statusCode(400)
                .body("code", equalTo("validation_failed"))
                .body("violations[0].field", equalTo("province"));
        // A commune's appendix is its own province's.
        api(admin)
                .body(of(Reports.appendix("DOCX", SyntheticProvince.UNIT, yesterday), "quang-ngai"))
                .post(Reports.PATH)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("province"))
                .body("violations[0].code", equalTo("not_unit_province"));
        assertThat(Database.queryString(
                        "SELECT count(*) FROM report WHERE province_code = 'quang-ngai' AND unit_code = ?",
                        SyntheticProvince.UNIT))
                .isEqualTo("0");
    }

    private static byte[] file(String token, String id) {
        return api(token)
                .get(Reports.PATH + "/" + id + "/file")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }
}
