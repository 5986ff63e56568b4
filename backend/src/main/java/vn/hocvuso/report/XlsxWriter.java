package vn.hocvuso.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocvuso.report.ReportDocument.Block;
import vn.hocvuso.report.ReportDocument.Heading;
import vn.hocvuso.report.ReportDocument.Paragraph;
import vn.hocvuso.report.ReportDocument.Table;
import vn.hocvuso.stats.StatsViews.AgencyStatsRow;

/**
 * Reports as workbooks (fastexcel, as the units' results file): the agencies' results, one row per agency with
 * the columns of {@code GET /api/v1/stats/agencies}, and a commune's appendix, its text and tables on one sheet.
 * Numbers are number cells. Blocking work: run it on a worker thread.
 */
final class XlsxWriter {

    static final List<String> AGENCY_HEADERS = List.of(
            "Hạng",
            "Mã",
            "Tên cơ quan, đơn vị",
            "Loại",
            "Trực thuộc",
            "Tài khoản",
            "Đã ghi danh",
            "Hoàn thành bài học",
            "Đạt bài kiểm tra",
            "Được cấp chứng nhận",
            "Tỷ lệ CBCCVC có chứng nhận (%)",
            "Số CBCCVC");

    private XlsxWriter() {}

    static byte[] agencies(List<AgencyStatsRow> rows, LocalDate asOf) {
        List<List<Object>> cells = new ArrayList<>();
        for (AgencyStatsRow r : rows) {
            cells.add(Arrays.asList(
                    r.rank(),
                    r.id(),
                    r.name(),
                    kind(r.kind()),
                    r.parentName(),
                    r.counts().learners(),
                    r.counts().enrolled(),
                    r.counts().completedLessons(),
                    r.counts().passed(),
                    r.counts().certified(),
                    r.coverage().percent(),
                    r.coverage().denominator()));
        }
        return workbook("Kết quả theo cơ quan", sheet -> {
            sheet.value(
                    0,
                    0,
                    "Kết quả Bình dân học vụ số theo cơ quan, đơn vị, số liệu đến hết ngày "
                            + ReportDocument.DMY.format(asOf));
            sheet.style(0, 0).bold().set();
            int row = table(sheet, 2, AGENCY_HEADERS, cells);
            sheet.width(2, 40);
            sheet.freezePane(3, 3);
            return row;
        });
    }

    private static String kind(String kind) {
        return switch (kind) {
            case "AGENCY" -> "Cơ quan";
            case "SCHOOL" -> "Trường học";
            case "ENTERPRISE" -> "Doanh nghiệp";
            default -> kind;
        };
    }

    static byte[] document(ReportDocument doc) {
        return workbook("Phụ lục", sheet -> {
            sheet.value(0, 0, DocxWriter.clean(doc.title()));
            sheet.style(0, 0).bold().set();
            sheet.value(1, 0, doc.dateLine());
            int row = 3;
            for (Block b : doc.blocks()) {
                switch (b) {
                    case Heading h -> {
                        sheet.value(row, 0, DocxWriter.clean(h.text()));
                        sheet.style(row++, 0).bold().set();
                    }
                    case Paragraph p -> {
                        for (String line : p.lines()) {
                            sheet.value(row++, 0, DocxWriter.clean(line));
                        }
                    }
                    case Table t -> row = table(sheet, row, t.header(), t.rows()) + 1;
                }
            }
            sheet.width(0, 36);
            return row;
        });
    }

    /** A header in bold and its rows from {@code top}; the next free row. */
    private static int table(Worksheet sheet, int top, List<String> header, List<List<Object>> rows) {
        for (int c = 0; c < header.size(); c++) {
            sheet.value(top, c, header.get(c));
            sheet.style(top, c).bold().wrapText(true).set();
        }
        int row = top + 1;
        for (List<Object> cells : rows) {
            for (int c = 0; c < cells.size(); c++) {
                Object v = cells.get(c);
                if (v instanceof Number n) {
                    sheet.value(row, c, n);
                } else if (v != null) {
                    sheet.value(row, c, DocxWriter.clean(v.toString()));
                }
            }
            row++;
        }
        return row;
    }

    private interface Content {
        int fill(Worksheet sheet);
    }

    private static byte[] workbook(String sheetName, Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Hoc vu so", "1.0");
            content.fill(workbook.newWorksheet(sheetName));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
