package vn.hocvuso.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hocvuso.common.FieldViolation;
import vn.hocvuso.common.Texts;
import vn.hocvuso.report.ReportViews.Placeholder;

/**
 * The editable texts of the notice and a commune's appendix: their built-in defaults, the placeholders each
 * offers, the check on save and the filling in. A body is paragraphs separated by a blank line; a line
 * starting {@code # } is a heading; {@code {{name}}} is a placeholder; a table placeholder stands alone on
 * its line and becomes that table. The same shape as the notification templates ({@code notification.Templates}),
 * with double braces because a notice's text has single ones of its own.
 */
final class ReportTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");

    private ReportTemplates() {}

    /** The placeholders of {@code kind}, in the order the editor lists them. */
    static List<Placeholder> placeholders(ReportKind kind) {
        List<Placeholder> common = List.of(
                text("ngayLap", "Ngày lập văn bản (dd/MM/yyyy)"),
                text("ngaySoLieu", "Ngày của số liệu: số liệu tính đến hết ngày này (dd/MM/yyyy)"),
                text("ngaySoSanh", "Ngày so sánh (dd/MM/yyyy), để trống khi không so sánh"),
                text(
                        "soSanh",
                        "Câu \"So với hết ngày …: tăng … tài khoản, … người được cấp chứng nhận\" (trống khi không so sánh)"),
                text("taiKhoanTang", "Số tài khoản tăng thêm từ ngày so sánh (+N), trống khi không so sánh"),
                text(
                        "chungNhanTang",
                        "Số người được cấp chứng nhận tăng thêm từ ngày so sánh (+N), trống khi không so sánh"),
                text("tenTinh", "Tỉnh, thành phố của báo cáo, như câu văn viết (ví dụ: tỉnh Quảng Ngãi)"),
                text("loaiTinh", "Tỉnh hay thành phố, như câu văn viết: tỉnh hoặc thành phố"),
                text("tinhUy", "Tỉnh ủy (thành ủy) của tỉnh, thành phố của báo cáo (ví dụ: Tỉnh ủy Quảng Ngãi)"),
                text(
                        "keHoach",
                        "Kế hoạch thực hiện Phong trào của tỉnh ủy (thành ủy), số và ngày như câu văn viết (ví dụ: Kế hoạch số"
                                + " 368-KH/TU ngày 24/5/2025); chỉ \"Kế hoạch\" khi tỉnh chưa nhập số"),
                text("tongTaiKhoan", "Tổng số tài khoản học viên"),
                text("tongDaCapChungNhan", "Tổng số học viên đã được cấp chứng nhận"),
                text("tyLeCapChungNhan", "Tỷ lệ được cấp chứng nhận trên số tài khoản (%)"),
                text("tyLeThamGia", "Tỷ lệ người trưởng thành tham gia trên dân số trưởng thành (%)"),
                text("taiKhoanCBCCVC", "Số tài khoản là cán bộ, công chức, viên chức"),
                text("taiKhoanNguoiDan", "Số tài khoản là người dân"),
                text("taiKhoanHocSinh", "Số tài khoản là học sinh, sinh viên"),
                text("taiKhoanNguoiLaoDong", "Số tài khoản là người lao động trong doanh nghiệp"),
                table("bangNhomDoiTuong", "Bảng theo nhóm đối tượng: tài khoản, được cấp chứng nhận, tỷ lệ"),
                table("bangChiTieu", "Bảng chỉ tiêu: giá trị, hạn, kết quả đến ngày của số liệu, tình trạng"));
        List<Placeholder> out = new ArrayList<>(common);
        if (kind == ReportKind.NOTICE) {
            out.add(text("donViDanDau", "Tên các địa phương có tỷ lệ tham gia cao nhất"));
            out.add(table("bangDonViDanDau", "Bảng các xã, phường, đặc khu dẫn đầu về tỷ lệ tham gia"));
            out.add(table("bangDonViChamTien", "Bảng các xã, phường, đặc khu có tỷ lệ tham gia thấp nhất"));
            out.add(table("bangCoQuanDanDau", "Bảng các cơ quan có tỷ lệ CBCCVC được cấp chứng nhận cao nhất"));
            out.add(table("bangCoQuanChamTien", "Bảng các cơ quan có tỷ lệ CBCCVC được cấp chứng nhận thấp nhất"));
        } else {
            out.add(text("tenDonVi", "Tên xã, phường, đặc khu"));
            out.add(text("maDonVi", "Mã xã, phường, đặc khu"));
            out.add(table("bangTheoThon", "Bảng theo thôn, tổ dân phố"));
        }
        return List.copyOf(out);
    }

    private static Placeholder text(String name, String description) {
        return new Placeholder(name, description, false);
    }

    private static Placeholder table(String name, String description) {
        return new Placeholder(name, description, true);
    }

    /**
     * The built-in title of {@code kind}. The built-in texts name the report's province by its placeholders, so that
     * one text serves every province's reports.
     */
    static String defaultTitle(ReportKind kind) {
        return kind == ReportKind.NOTICE
                ? "Thông báo tình hình tham gia học kỹ năng số trên Cổng Bình dân học vụ số {{tenTinh}} đến ngày {{ngaySoLieu}}"
                : "Phụ lục: Kết quả thực hiện Phong trào \u201cBình dân học vụ số\u201d của {{tenDonVi}} đến ngày {{ngaySoLieu}}";
    }

    /** The built-in body of {@code kind}. */
    static String defaultBody(ReportKind kind) {
        return kind == ReportKind.NOTICE ? NOTICE : APPENDIX;
    }

    private static final String NOTICE = """
            Kính gửi:
            - Các sở, ban, ngành, đơn vị thuộc {{loaiTinh}};
            - UBND các xã, phường, đặc khu.

            Thực hiện {{keHoach}} của {{tinhUy}} về thực hiện Phong trào \
            \u201cBình dân học vụ số\u201d, Sở Khoa học và Công nghệ thông báo tình hình tham gia học tập trên Cổng Bình \
            dân học vụ số {{tenTinh}} như sau:

            # 1. Tình hình triển khai và kết quả học tập

            - Tính đến hết ngày {{ngaySoLieu}}: tổng số tài khoản học viên tham gia là {{tongTaiKhoan}} học viên, \
            trong đó có {{taiKhoanCBCCVC}} học viên là CBCCVC và {{taiKhoanNguoiDan}} học viên là người dân; tổng số \
            học viên đã hoàn thành khóa học và được cấp chứng nhận: {{tongDaCapChungNhan}} người (đạt \
            {{tyLeCapChungNhan}}).{{soSanh}}

            {{bangNhomDoiTuong}}

            - Một số địa phương triển khai hiệu quả, có tỷ lệ học viên tham gia cao như: {{donViDanDau}}.

            {{bangDonViDanDau}}

            - Các địa phương có tỷ lệ tham gia thấp, cần đẩy nhanh tiến độ:

            {{bangDonViChamTien}}

            - Các cơ quan, đơn vị có tỷ lệ CBCCVC được cấp chứng nhận cao nhất:

            {{bangCoQuanDanDau}}

            - Các cơ quan, đơn vị có tỷ lệ CBCCVC được cấp chứng nhận thấp nhất:

            {{bangCoQuanChamTien}}

            # 2. Chỉ tiêu và tiến độ thực hiện

            {{bangChiTieu}}

            # 3. Đề nghị thực hiện

            - Các sở, ban, ngành, đoàn thể, đơn vị trên địa bàn {{loaiTinh}}: tiếp tục quán triệt, chỉ đạo CBCCVC tích cực \
            tham gia khóa học, bảo đảm hoàn thành các chỉ tiêu đúng hạn.
            - UBND các xã, phường, đặc khu: đẩy mạnh truyền thông và hướng dẫn người dân trên địa bàn tham gia khóa \
            học; khuyến khích người dân hoàn thành bài kiểm tra cuối khóa để được cấp Giấy chứng nhận hoàn thành \
            khóa học.

            Sở Khoa học và Công nghệ thông báo để các cơ quan, đơn vị, địa phương nắm thông tin và tiếp tục đôn đốc \
            triển khai, thực hiện./.""";

    private static final String APPENDIX = """
            # 1. Kết quả chung

            Tính đến hết ngày {{ngaySoLieu}}, {{tenDonVi}} (mã {{maDonVi}}) có {{tongTaiKhoan}} tài khoản học viên; \
            {{tongDaCapChungNhan}} người được cấp chứng nhận (đạt {{tyLeCapChungNhan}}); tỷ lệ người trưởng thành \
            tham gia: {{tyLeThamGia}}.{{soSanh}}

            # 2. Kết quả theo nhóm đối tượng

            {{bangNhomDoiTuong}}

            # 3. Chỉ tiêu và kết quả thực hiện

            {{bangChiTieu}}

            # 4. Kết quả theo thôn, tổ dân phố

            {{bangTheoThon}}""";

    /** The placeholders a text uses, in order. */
    static Set<String> used(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * What is wrong with a title and body for {@code kind}: a placeholder it does not offer, or a table
     * placeholder in the title or not alone on its line (one violation per name, naming it).
     */
    static List<FieldViolation> check(ReportKind kind, String title, String body) {
        Map<String, Placeholder> known = new HashMap<>();
        placeholders(kind).forEach(p -> known.put(p.name(), p));
        Set<String> wrong = new LinkedHashSet<>();
        for (String name : used(title)) {
            Placeholder p = known.get(name);
            if (p == null || p.table()) {
                wrong.add("title\n" + name);
            }
        }
        for (String line : body.split("\n", -1)) {
            for (String name : used(line)) {
                Placeholder p = known.get(name);
                if (p == null || p.table() && !line.strip().equals("{{" + name + "}}")) {
                    wrong.add("body\n" + name);
                }
            }
        }
        List<FieldViolation> out = new ArrayList<>();
        for (String w : wrong) {
            String[] parts = w.split("\n", 2);
            out.add(new FieldViolation(parts[0], "unknown_placeholder", "{{" + parts[1] + "}}"));
        }
        return out;
    }

    /** The text with each placeholder filled in (an unknown one is left as written). */
    static String fill(String text, Map<String, String> values) {
        return Texts.fill(PLACEHOLDER, text, values);
    }

    /** The name of the table a line stands for, or null when the line is text. */
    static String tableOf(String line) {
        Matcher m = PLACEHOLDER.matcher(line.strip());
        return m.matches() ? m.group(1) : null;
    }
}
