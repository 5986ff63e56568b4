package vn.hocvuso.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocvuso.common.Spreadsheet;
import vn.hocvuso.stats.StatsViews.Rate;
import vn.hocvuso.stats.StatsViews.UnitStatsRow;

/**
 * The per-unit results file the Department's notices attach, with Vietnamese headers. Blocking work
 * (building the bytes): callers run it on a worker thread. The reports' {@code UNIT_RESULTS} file is this
 * workbook too.
 */
public final class UnitStatsExport {

    static final List<String> HEADERS = List.of(
            "Hạng",
            "Mã đơn vị",
            "Tên đơn vị",
            "Loại",
            "Tài khoản",
            "Đã ghi danh",
            "Hoàn thành bài học",
            "Đạt bài kiểm tra",
            "Được cấp chứng nhận",
            "Tỷ lệ hoàn thành (%)",
            "Tỷ lệ tham gia (%)",
            "Dân số trưởng thành",
            "Mẫu số ước tính",
            "Tỷ lệ CBCCVC có chứng nhận (%)",
            "Số CBCCVC");

    private static final DateTimeFormatter AS_OF =
            DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(DailyFacts.VIETNAM);

    private UnitStatsExport() {}

    static List<Object> cells(UnitStatsRow r) {
        List<Object> out = new ArrayList<>();
        out.add(r.rank());
        out.add(r.code());
        out.add(r.name());
        out.add(r.type());
        out.add(r.counts().learners());
        out.add(r.counts().enrolled());
        out.add(r.counts().completedLessons());
        out.add(r.counts().passed());
        out.add(r.counts().certified());
        out.add(r.rates().completion().percent());
        out.add(r.rates().participation().percent());
        out.add(r.rates().participation().denominator());
        out.add(r.rates().participation().estimated() ? "Có" : "Không");
        Rate coverage = r.rates().publicServantCoverage();
        out.add(coverage.percent());
        out.add(coverage.denominator());
        return out;
    }

    /** UTF-8 with a byte-order mark, which is how Excel recognises UTF-8. */
    static byte[] csv(List<UnitStatsRow> rows) {
        return Spreadsheet.csv(
                HEADERS, rows.stream().map(UnitStatsExport::cells).toList());
    }

    public static byte[] xlsx(List<UnitStatsRow> rows, Instant asOf) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Hoc vu so", "1.0");
            Worksheet sheet = workbook.newWorksheet("Kết quả theo đơn vị");
            sheet.value(0, 0, "Kết quả Bình dân học vụ số theo xã, phường, đặc khu, số liệu đến " + AS_OF.format(asOf));
            sheet.style(0, 0).bold().set();
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.value(2, c, HEADERS.get(c));
                sheet.style(2, c).bold().wrapText(true).set();
            }
            for (int i = 0; i < rows.size(); i++) {
                List<Object> values = cells(rows.get(i));
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        sheet.value(3 + i, c, n);
                    } else if (v != null) {
                        sheet.value(3 + i, c, v.toString());
                    }
                }
            }
            sheet.width(2, 28);
            sheet.freezePane(3, 3);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
