package vn.hocvuso.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.hocvuso.province.Province;
import vn.hocvuso.report.ReportDocument.Block;
import vn.hocvuso.report.ReportDocument.Heading;
import vn.hocvuso.report.ReportDocument.Paragraph;
import vn.hocvuso.report.ReportDocument.Table;
import vn.hocvuso.report.ReportFigures.Commune;
import vn.hocvuso.report.ReportFigures.ProvinceFigures;
import vn.hocvuso.stats.StatsViews.AgencyStatsRow;
import vn.hocvuso.stats.StatsViews.GroupCounts;
import vn.hocvuso.stats.StatsViews.Rate;
import vn.hocvuso.stats.StatsViews.StatCounts;
import vn.hocvuso.stats.StatsViews.StatRates;
import vn.hocvuso.stats.StatsViews.TargetStatus;
import vn.hocvuso.stats.StatsViews.UnitStatsRow;
import vn.hocvuso.village.VillageViews.VillageFigures;

/**
 * The notice and a commune's appendix as documents: the template's text with its placeholders filled from the
 * figures of the day and the report's province, and its tables. Pure: the figures come in, the document goes out.
 */
final class ReportContent {

    /** How many units and agencies the notice names at the top and at the bottom. */
    static final int LEADERS = 6;

    private static final List<String> GROUPS = List.of("CBCCVC", "CITIZEN", "STUDENT", "WORKER");
    private static final Map<String, String> GROUP_NAMES = Map.of(
            "CBCCVC", "Cán bộ, công chức, viên chức",
            "CITIZEN", "Người dân",
            "STUDENT", "Học sinh, sinh viên",
            "WORKER", "Người lao động trong doanh nghiệp");
    private static final Map<String, String> STATUS_NAMES = Map.of(
            "ACHIEVED", "Đã đạt",
            "ON_TRACK", "Đúng tiến độ",
            "BEHIND", "Chậm tiến độ",
            "MISSED", "Không đạt",
            "NO_DENOMINATOR", "Chưa có mẫu số");

    private ReportContent() {}

    /** What a document's words come from: its template's title and body, and the report's province they name. */
    record Wording(String title, String body, Province province) {}

    static ReportDocument notice(
            Wording words, ProvinceFigures f, LocalDate asOf, LocalDate compareTo, LocalDate made) {
        Map<String, String> values =
                common(f.summary().counts(), f.summary().byGroup(), f.summary().rates(), asOf, made);
        StatCounts change =
                f.summary().change() == null ? null : f.summary().change().counts();
        comparison(values, compareTo, change);
        List<UnitStatsRow> ranked =
                f.units().stream().filter(r -> r.rank() != null).toList();
        List<UnitStatsRow> leading = ranked.stream().limit(LEADERS).toList();
        List<UnitStatsRow> lagging = ranked.reversed().stream().limit(LEADERS).toList();
        values.put(
                "donViDanDau",
                String.join(", ", leading.stream().map(ReportContent::unitName).toList()));
        List<AgencyStatsRow> agencies = f.agencies().stream()
                .filter(a -> a.rank() != null)
                .sorted(Comparator.comparing(AgencyStatsRow::rank))
                .toList();
        Map<String, Table> tables = new HashMap<>();
        tables.put(
                "bangNhomDoiTuong",
                groups(f.summary().counts(), f.summary().byGroup(), f.summary().rates()));
        tables.put("bangDonViDanDau", units("bangDonViDanDau", leading));
        tables.put("bangDonViChamTien", units("bangDonViChamTien", lagging));
        tables.put(
                "bangCoQuanDanDau",
                agencies("bangCoQuanDanDau", agencies.stream().limit(LEADERS).toList()));
        tables.put(
                "bangCoQuanChamTien",
                agencies(
                        "bangCoQuanChamTien",
                        agencies.reversed().stream().limit(LEADERS).toList()));
        tables.put("bangChiTieu", targets(f.summary().targets()));
        return document(words, values, tables, made, true);
    }

    static ReportDocument appendix(Wording words, Commune f, LocalDate asOf, LocalDate compareTo, LocalDate made) {
        Map<String, String> values =
                common(f.unit().counts(), f.unit().byGroup(), f.unit().rates(), asOf, made);
        comparison(values, compareTo, f.then() == null ? null : minus(f.unit().counts(), f.then()));
        String name = unitName(f.unit().unit().type(), f.unit().unit().name());
        values.put("tenDonVi", name);
        values.put("maDonVi", f.unit().unit().code());
        Map<String, Table> tables = new HashMap<>();
        tables.put(
                "bangNhomDoiTuong",
                groups(f.unit().counts(), f.unit().byGroup(), f.unit().rates()));
        tables.put(
                "bangChiTieu",
                targets(f.unit().targets().stream()
                        .filter(t -> !"VILLAGE".equals(t.place().kind()))
                        .toList()));
        tables.put("bangTheoThon", villages(f));
        return document(words, values, tables, made, false);
    }

    // ---- the text ----

    private static Map<String, String> common(
            StatCounts counts, List<GroupCounts> groups, StatRates rates, LocalDate asOf, LocalDate made) {
        Map<String, String> v = new HashMap<>();
        v.put("ngayLap", ReportDocument.DMY.format(made));
        v.put("ngaySoLieu", ReportDocument.DMY.format(asOf));
        v.put("tongTaiKhoan", ReportDocument.number(counts.learners(), false));
        v.put("tongDaCapChungNhan", ReportDocument.number(counts.certified(), false));
        v.put("tyLeCapChungNhan", ReportDocument.number(rates.completion().percent(), true));
        Double participation = rates.participation().percent();
        v.put("tyLeThamGia", participation == null ? "chưa có mẫu số" : ReportDocument.number(participation, true));
        Map<String, Long> byGroup = new HashMap<>();
        groups.forEach(g -> byGroup.put(g.learnerGroup(), g.learners()));
        v.put("taiKhoanCBCCVC", ReportDocument.number(byGroup.getOrDefault("CBCCVC", 0L), false));
        v.put("taiKhoanNguoiDan", ReportDocument.number(byGroup.getOrDefault("CITIZEN", 0L), false));
        v.put("taiKhoanHocSinh", ReportDocument.number(byGroup.getOrDefault("STUDENT", 0L), false));
        v.put("taiKhoanNguoiLaoDong", ReportDocument.number(byGroup.getOrDefault("WORKER", 0L), false));
        return v;
    }

    /** "+N since": the sentence and the two numbers, or blanks without a day to compare with. */
    private static void comparison(Map<String, String> v, LocalDate compareTo, StatCounts change) {
        if (compareTo == null || change == null) {
            v.put("ngaySoSanh", "");
            v.put("soSanh", "");
            v.put("taiKhoanTang", "");
            v.put("chungNhanTang", "");
            return;
        }
        v.put("ngaySoSanh", ReportDocument.DMY.format(compareTo));
        v.put("taiKhoanTang", signed(change.learners()));
        v.put("chungNhanTang", signed(change.certified()));
        v.put(
                "soSanh",
                " So với hết ngày " + ReportDocument.DMY.format(compareTo) + ": " + signed(change.learners())
                        + " tài khoản, " + signed(change.certified()) + " người được cấp chứng nhận.");
    }

    private static String signed(long n) {
        return (n >= 0 ? "+" : "-") + ReportDocument.number(Math.abs(n), false);
    }

    private static StatCounts minus(StatCounts a, StatCounts b) {
        return new StatCounts(
                a.learners() - b.learners(),
                a.enrolled() - b.enrolled(),
                a.completedLessons() - b.completedLessons(),
                a.passed() - b.passed(),
                a.certified() - b.certified());
    }

    /** "Phường Nghĩa Lộ": the unit's type before its name, unless the name has it already. */
    static String unitName(String type, String name) {
        if (type == null || name.toLowerCase(Locale.ROOT).startsWith(type)) {
            return name;
        }
        return Character.toUpperCase(type.charAt(0)) + type.substring(1) + " " + name;
    }

    private static String unitName(UnitStatsRow r) {
        return unitName(r.type(), r.name());
    }

    // ---- the tables ----

    private static Table groups(StatCounts counts, List<GroupCounts> byGroup, StatRates rates) {
        Map<String, GroupCounts> of = new HashMap<>();
        byGroup.forEach(g -> of.put(g.learnerGroup(), g));
        List<List<Object>> rows = new ArrayList<>();
        for (String group : GROUPS) {
            GroupCounts g = of.get(group);
            long learners = g == null ? 0 : g.learners();
            long certified = g == null ? 0 : g.certified();
            Rate coverage = rates.publicServantCoverage();
            boolean servants = group.equals("CBCCVC");
            rows.add(row(
                    GROUP_NAMES.get(group),
                    learners,
                    certified,
                    share(certified, learners),
                    servants ? coverage.denominator() : null,
                    servants ? coverage.percent() : null));
        }
        Rate participation = rates.participation();
        rows.add(row(
                "Tổng cộng (mẫu số: người trưởng thành)",
                counts.learners(),
                counts.certified(),
                rates.completion().percent(),
                participation.denominator(),
                participation.percent()));
        return new Table(
                "bangNhomDoiTuong",
                List.of(
                        "Nhóm đối tượng",
                        "Tài khoản",
                        "Được cấp chứng nhận",
                        "Tỷ lệ cấp chứng nhận (%)",
                        "Mẫu số",
                        "Tỷ lệ trên mẫu số (%)"),
                rows,
                new boolean[] {false, false, false, true, false, true});
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static Table units(String name, List<UnitStatsRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (UnitStatsRow r : rows) {
            out.add(row(
                    r.rank(),
                    unitName(r),
                    r.counts().learners(),
                    r.counts().certified(),
                    r.rates().participation().percent()));
        }
        return new Table(
                name,
                List.of("Hạng", "Đơn vị", "Tài khoản", "Được cấp chứng nhận", "Tỷ lệ tham gia (%)"),
                out,
                new boolean[] {false, false, false, false, true});
    }

    private static Table agencies(String name, List<AgencyStatsRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (AgencyStatsRow r : rows) {
            out.add(row(
                    r.rank(),
                    r.name(),
                    r.counts().learners(),
                    r.counts().certified(),
                    r.coverage().percent()));
        }
        return new Table(
                name,
                List.of(
                        "Hạng",
                        "Cơ quan, đơn vị",
                        "Tài khoản",
                        "Được cấp chứng nhận",
                        "Tỷ lệ CBCCVC có chứng nhận (%)"),
                out,
                new boolean[] {false, false, false, false, true});
    }

    /** A target's result and goal: a percentage for a rate ("61,2%"), a count otherwise. */
    private static Table targets(List<TargetStatus> targets) {
        List<List<Object>> out = new ArrayList<>();
        for (TargetStatus t : targets) {
            boolean rate = t.metric().endsWith("_RATE");
            out.add(row(
                    t.name(),
                    ReportDocument.DMY.format(t.deadline()),
                    rate ? ReportDocument.number(t.current(), true) : (Object) t.currentCount(),
                    rate ? ReportDocument.number(t.value(), true) : (Object) Math.round(t.value()),
                    STATUS_NAMES.getOrDefault(t.status(), t.status())));
        }
        return new Table(
                "bangChiTieu", List.of("Chỉ tiêu", "Hạn", "Kết quả", "Mục tiêu", "Tình trạng"), out, new boolean[5]);
    }

    private static Table villages(Commune f) {
        List<List<Object>> out = new ArrayList<>();
        for (VillageFigures v : f.villages().villages()) {
            out.add(row(v.name(), v.learners(), v.enrolled(), v.completedLessons(), v.passed(), v.certified()));
        }
        VillageFigures none = f.villages().withoutVillage();
        if (none != null) {
            out.add(row(
                    "Chưa khai báo thôn",
                    none.learners(),
                    none.enrolled(),
                    none.completedLessons(),
                    none.passed(),
                    none.certified()));
        }
        return new Table(
                "bangTheoThon",
                List.of(
                        "Thôn, tổ dân phố",
                        "Tài khoản",
                        "Đã ghi danh",
                        "Hoàn thành bài học",
                        "Đạt bài kiểm tra",
                        "Được cấp chứng nhận"),
                out,
                new boolean[6]);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    // ---- the blocks ----

    private static ReportDocument document(
            Wording words, Map<String, String> values, Map<String, Table> tables, LocalDate made, boolean letter) {
        // The province the words name: "tỉnh Quảng Ngãi", "tỉnh", "Tỉnh ủy Quảng Ngãi", its plan.
        values.put("tenTinh", words.province().fullName());
        values.put("loaiTinh", words.province().kind());
        values.put("tinhUy", words.province().partyCommittee());
        values.put("keHoach", words.province().planCited());
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : words.body().replace("\r\n", "\n").split("\n\\s*\n")) {
            List<String> lines = new ArrayList<>();
            for (String line : paragraph.split("\n")) {
                String table = ReportTemplates.tableOf(line);
                if (table != null && tables.containsKey(table)) {
                    flush(blocks, lines);
                    blocks.add(tables.get(table));
                } else if (line.startsWith("# ")) {
                    flush(blocks, lines);
                    blocks.add(
                            new Heading(ReportTemplates.fill(line.substring(2).strip(), values)));
                } else if (!line.isBlank()) {
                    lines.add(ReportTemplates.fill(line.strip(), values));
                }
            }
            flush(blocks, lines);
        }
        return new ReportDocument(
                ReportTemplates.fill(words.title(), values), made, words.province(), letter, List.copyOf(blocks));
    }

    private static void flush(List<Block> blocks, List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(new Paragraph(List.copyOf(lines)));
            lines.clear();
        }
    }
}
