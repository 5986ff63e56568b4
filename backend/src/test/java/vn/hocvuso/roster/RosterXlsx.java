package vn.hocvuso.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes small XLSX workbooks as Excel would save them (numbers stay numbers). */
final class RosterXlsx {

    static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private RosterXlsx() {}

    static byte[] of(List<String> header, List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Excel", "1.0");
        Worksheet sheet = workbook.newWorksheet("Sheet1");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                if (v instanceof Number n) {
                    sheet.value(r + 1, c, n);
                } else {
                    sheet.value(r + 1, c, String.valueOf(v));
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
