package vn.hocvuso.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.report.Reports.DMY;
import static vn.hocvuso.report.Reports.signed;
import static vn.hocvuso.report.Reports.vi;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.FileReaders;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Places;
import vn.hocvuso.testing.SeedCourse;
import vn.hocvuso.testing.WithTestClock;

/**
 * The reports' numbers are what the statistics endpoints answered on their day (issue 14): the answers are
 * recorded on a day D, the clocks move a day on and the figures change, then every report is made as of D
 * and read back with readers that did not write it (POI XWPF and XSSF, PDFBox). Two units no other test uses:
 * {@value #MINE} and {@value #OTHER}.
 *
 * <p>Day D is yesterday: both clocks (the application's and the rollups', V133) are set a day back for the
 * recording, then to now, which is the midnight that makes D a past day. Nothing is dated after today, so the
 * other tests' "now" is still the sum of the past days and today (AsOfFiguresTest compares the two).
 *
 * <p>What is recorded on D itself is the commune's ({@value #MINE}: no other test's learners are there). The
 * province-wide answers (summary, units, agencies, the units' file) are read as of D once the clocks are back:
 * in a full run the other tests' learners, made before this test, are dated today, after D, and a clock moved
 * back to D would count them in its "now" although no real day D could have seen them. That a past day's
 * answer equals what was served on that day is AsOfFiguresTest's; this test shows the reports say what the
 * statistics say.
 */
@QuarkusTest
class ReportFiguresTest extends WithTestClock {

    static final String MINE = "21490";
    static final String OTHER = "21289";

    @Test
    void everyReportAsOfAPastDayShowsWhatTheStatisticsAnsweredThatDay() {
        String admin = Reports.admin(UUID.randomUUID());
        LocalDate day = Reports.today().minusDays(1);
        LocalDate before = day.minusDays(1);
        setBothClocks(Duration.ofDays(-1));
        String villageName = Places.unique("Thôn Báo Cáo");
        long village = Places.village(MINE, villageName);
        Learners.Session villager = Places.learnerIn(MINE, village);
        SeedCourse.takeTest(villager.accessToken(), SeedCourse.enrollAndStudyAll(villager.accessToken()), true);
        Places.learnerIn(MINE, village);
        certified(MINE, "Nguyễn Thị Thu");
        Learners.registerAndLogin(Learners.person(MINE, "CBCCVC", "Trần Văn Bình"));
        Learners.registerAndLogin(Learners.person(OTHER, "WORKER", "Lê Thị Hạnh"));

        // What the statistics answer on day D for the commune, and for its villages.
        JsonPath unit = get(admin, "/api/v1/stats/units/" + MINE);
        JsonPath unitBefore = get(admin, "/api/v1/stats/units/" + MINE + "?asOf=" + before);
        JsonPath villages = get(admin, "/api/v1/stats/units/" + MINE + "/villages");

        // Midnight, and new learners: today's figures are no longer day D's; the certified villager leaves the
        // village and a newcomer arrives.
        setBothClocks(Duration.ZERO);
        certified(MINE, "Phạm Văn Khoa");
        Learners.changeProfile(
                        villager.accessToken(), Map.of("villageId", Places.village(MINE, Places.unique("Thôn Mới"))))
                .statusCode(200);
        Places.learnerIn(MINE, village);
        assertThat(get(admin, "/api/v1/stats/units/" + MINE + "/villages")
                        .getMap("villages.find { it.villageId == " + village + " }"))
                .isNotEqualTo(villages.getMap("villages.find { it.villageId == " + village + " }"));
        assertThat(get(admin, "/api/v1/stats/units/" + MINE).getLong("counts.learners"))
                .isGreaterThan(unit.getLong("counts.learners"));
        assertThat(get(admin, "/api/v1/stats/units/" + MINE + "?asOf=" + day).getLong("counts.learners"))
                .isEqualTo(unit.getLong("counts.learners"));

        // The province's figures of day D, as the statistics answer them (see the class comment).
        JsonPath summary = get(admin, "/api/v1/stats/summary?asOf=" + day + "&compareTo=" + before);
        List<Map<String, Object>> units =
                get(admin, "/api/v1/stats/units?size=100&asOf=" + day).getList("items");
        List<Map<String, Object>> agencies = agencies(admin, day);
        List<List<String>> unitsFile = FileReaders.xlsx(api(admin)
                .get("/api/v1/stats/units/export?format=xlsx&asOf=" + day)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertThat(get(admin, "/api/v1/stats/summary").getLong("counts.learners"))
                .isGreaterThan(summary.getLong("counts.learners"));

        // The notice, as a Word document: the totals, "+N since", the groups, the units, the targets.
        FileReaders.Docx notice = FileReaders.docx(Reports.made(admin, Reports.notice("DOCX", day, before)));
        long learners = summary.getLong("counts.learners");
        long certified = summary.getLong("counts.certified");
        assertThat(notice.text())
                .contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KT. GIÁM ĐỐC")
                .contains("đến ngày " + DMY.format(day))
                .contains("tổng số tài khoản học viên tham gia là " + vi(learners) + " học viên")
                .contains("được cấp chứng nhận: " + vi(certified) + " người")
                .contains("So với hết ngày " + DMY.format(before) + ": "
                        + signed(summary.getLong("change.counts.learners")) + " tài khoản, "
                        + signed(summary.getLong("change.counts.certified")) + " người được cấp chứng nhận.");
        List<List<String>> groups = table(notice, "Nhóm đối tượng");
        Map<String, Object> servants = byGroup(summary, "CBCCVC");
        assertThat(row(groups, "Cán bộ, công chức, viên chức").subList(1, 3))
                .containsExactly(vi(number(servants, "learners")), vi(number(servants, "certified")));
        assertThat(row(groups, "Tổng cộng").subList(1, 3)).containsExactly(vi(learners), vi(certified));
        List<Map<String, Object>> ranked =
                units.stream().filter(u -> u.get("rank") != null).toList();
        List<List<String>> leading = notice.tables().stream()
                .filter(t -> t.getFirst().get(1).equals("Đơn vị"))
                .findFirst()
                .orElseThrow();
        for (int i = 0; i < leading.size() - 1; i++) {
            Map<String, Object> u = ranked.get(i);
            assertThat(leading.get(i + 1).subList(0, 3))
                    .containsExactly(
                            u.get("rank").toString(), (String) u.get("name"), vi(number(counts(u), "learners")));
        }
        assertThat(table(notice, "Chỉ tiêu")).hasSize(summary.getList("targets").size() + 1);

        // The same notice as PDF, with its fonts embedded.
        FileReaders.Pdf pdf = FileReaders.pdf(Reports.made(admin, Reports.notice("PDF", day, null)));
        assertThat(pdf.fontsEmbedded()).isTrue();
        assertThat(pdf.text().replaceAll("\\s+", " "))
                .contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "KT. GIÁM ĐỐC")
                .contains("tổng số tài khoản học viên tham gia là " + vi(learners) + " học viên")
                .doesNotContain("So với hết ngày");

        // The units' results file: the export's rows of day D, cell for cell.
        List<List<String>> unitResults = FileReaders.xlsx(
                Reports.made(admin, Map.of("kind", "UNIT_RESULTS", "format", "XLSX", "asOf", day.toString())));
        assertThat(unitResults.get(0).get(0)).contains("ngày " + DMY.format(day));
        assertThat(unitResults.subList(2, unitResults.size())).isEqualTo(unitsFile.subList(2, unitsFile.size()));

        // The agencies' results file: every agency's counts of day D.
        Map<String, List<String>> agencyRows = agencyFile(admin, day);
        assertThat(agencyRows).hasSize(agencies.size());
        for (Map<String, Object> a : agencies) {
            List<String> r = agencyRows.get(a.get("id").toString());
            assertThat(r.get(2)).isEqualTo(a.get("name"));
            assertThat(r.subList(5, 10))
                    .as("agency %s", a.get("name"))
                    .containsExactly(
                            Long.toString(number(counts(a), "learners")),
                            Long.toString(number(counts(a), "enrolled")),
                            Long.toString(number(counts(a), "completedLessons")),
                            Long.toString(number(counts(a), "passed")),
                            Long.toString(number(counts(a), "certified")));
        }

        // The commune's appendix, as a Word document and as a workbook.
        Map<String, Object> appendixBody = new HashMap<>(Reports.appendix("DOCX", MINE, day));
        appendixBody.put("compareTo", before.toString());
        FileReaders.Docx appendix = FileReaders.docx(Reports.made(admin, appendixBody));
        long unitLearners = unit.getLong("counts.learners");
        assertThat(appendix.text())
                .contains("có " + vi(unitLearners) + " tài khoản học viên")
                .contains(unit.getString("unit.name"))
                .contains("So với hết ngày " + DMY.format(before) + ": "
                        + signed(unitLearners - unitBefore.getLong("counts.learners")) + " tài khoản")
                .doesNotContain("KT. GIÁM ĐỐC");
        assertThat(row(table(appendix, "Nhóm đối tượng"), "Tổng cộng").subList(1, 3))
                .containsExactly(vi(unitLearners), vi(unit.getLong("counts.certified")));
        // Its table by village: each village's figures of day D, and the commune's learners who named none.
        List<List<String>> byVillage = table(appendix, "Thôn, tổ dân phố");
        for (Map<String, Object> v : villages.<Map<String, Object>>getList("villages")) {
            assertThat(exactRow(byVillage, (String) v.get("name")).subList(1, 6))
                    .as("village %s", v.get("name"))
                    .containsExactly(
                            vi(number(v, "learners")),
                            vi(number(v, "enrolled")),
                            vi(number(v, "completedLessons")),
                            vi(number(v, "passed")),
                            vi(number(v, "certified")));
        }
        assertThat(exactRow(byVillage, villageName).subList(1, 6)).containsExactly("2", "1", "1", "1", "1");
        assertThat(row(byVillage, "Chưa khai báo thôn").get(1))
                .isEqualTo(vi(villages.getLong("withoutVillage.learners")));
        List<List<String>> appendixSheet = FileReaders.xlsx(Reports.made(admin, Reports.appendix("XLSX", MINE, day)));
        assertThat(appendixSheet.get(0).get(0)).contains(unit.getString("unit.name"));
        assertThat(appendixSheet)
                .anySatisfy(r -> assertThat(r)
                        .startsWith(
                                "Tổng cộng (mẫu số: người trưởng thành)",
                                Long.toString(unitLearners),
                                Long.toString(unit.getLong("counts.certified"))));
    }

    @Test
    void theAgenciesFileAsOfAPastDayNamesTheAgenciesAsTheyWereThatDay() {
        String admin = Reports.admin(UUID.randomUUID());
        LocalDate day = Reports.today().minusDays(1);
        setBothClocks(Duration.ofDays(-1));
        String parentName = Places.unique("Khối thử báo cáo");
        long parent = Places.agency(parentName, null);
        String oldName = Places.unique("Sở thử báo cáo (tên cũ)");
        long agency = Places.agency(oldName, parent);
        Map<String, Object> servant = Learners.person(MINE, "CBCCVC", "Đỗ Văn Nam");
        servant.put("agencyId", agency);
        Learners.registerAndLogin(servant);

        // Midnight: the agency renamed and made a root, another one created.
        setBothClocks(Duration.ZERO);
        String newName = Places.unique("Sở thử báo cáo (tên mới)");
        Places.changeAgency(agency, newName, null);
        long created = Places.agency(Places.unique("Sở thử báo cáo (mới lập)"), parent);

        // Columns: rank, id, name, kind, parent, learners…
        Map<String, List<String>> then = agencyFile(admin, day);
        assertThat(then.get(Long.toString(agency)).get(2)).isEqualTo(oldName);
        assertThat(then.get(Long.toString(agency)).get(4)).isEqualTo(parentName);
        assertThat(then.get(Long.toString(agency)).get(5)).isEqualTo("1");
        assertThat(then).doesNotContainKey(Long.toString(created));
        Map<String, List<String>> now = agencyFile(admin, Reports.today());
        assertThat(now.get(Long.toString(agency)).subList(2, 6)).containsExactly(newName, "Cơ quan", "", "1");
        assertThat(now).containsKey(Long.toString(created));
    }

    // ---- helpers ----

    private static void certified(String unit, String name) {
        String token = Learners.registerAndLogin(Learners.person(unit, "CITIZEN", name));
        SeedCourse.takeTest(token, SeedCourse.enrollAndStudyAll(token), true);
    }

    /** The agencies' results file as of {@code day}, read back: its rows (after the headers) by the agency's id. */
    private static Map<String, List<String>> agencyFile(String admin, LocalDate day) {
        List<List<String>> sheet = FileReaders.xlsx(
                Reports.made(admin, Map.of("kind", "AGENCY_RESULTS", "format", "XLSX", "asOf", day.toString())));
        Map<String, List<String>> rows = new HashMap<>();
        assertThat(sheet.get(2)).startsWith("Hạng", "Mã", "Tên cơ quan, đơn vị");
        sheet.subList(3, sheet.size()).forEach(r -> rows.put(r.get(1), r));
        return rows;
    }

    private static JsonPath get(String token, String path) {
        return api(token).get(path).then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> agencies(String token, LocalDate asOf) {
        List<Map<String, Object>> all = new ArrayList<>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            JsonPath p = get(token, "/api/v1/stats/agencies?size=100&page=" + page + "&asOf=" + asOf);
            all.addAll(p.getList("items"));
            pages = p.getInt("totalPages");
        }
        return all;
    }

    private static Map<String, Object> byGroup(JsonPath summary, String group) {
        return summary.getMap("byGroup.find { it.learnerGroup == '" + group + "' }");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> counts(Map<String, Object> row) {
        return (Map<String, Object>) row.get("counts");
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    private static List<List<String>> table(FileReaders.Docx doc, String firstHeader) {
        return doc.tables().stream()
                .filter(t -> t.getFirst().getFirst().equals(firstHeader))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table headed " + firstHeader));
    }

    /** The row whose first cell is {@code first} (a village's name may begin another's: "Thôn 5", "Thôn 51"). */
    private static List<String> exactRow(List<List<String>> table, String first) {
        return table.stream()
                .filter(r -> r.getFirst().equals(first))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first));
    }

    private static List<String> row(List<List<String>> table, String first) {
        return table.stream()
                .filter(r -> r.getFirst().startsWith(first))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first));
    }
}
