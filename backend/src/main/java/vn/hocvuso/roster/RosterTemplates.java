package vn.hocvuso.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocvuso.roster.RosterFile.Column;

/** The roster templates an uploader starts from: the Vietnamese headers and one example row. */
final class RosterTemplates {

    private RosterTemplates() {}

    static byte[] csv() {
        String csv = "\uFEFF" + String.join(",", header()) + "\r\n"
                + "Nguyễn Văn An,0912345678,an.nv@quangngai.gov.vn,21211,Sở Khoa học và Công nghệ,CB-000123\r\n";
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> header() {
        return List.of(
                Column.NAME.vietnamese,
                Column.PHONE.vietnamese,
                Column.EMAIL.vietnamese,
                Column.UNIT.vietnamese,
                Column.AGENCY.vietnamese,
                Column.EMPLOYEE_NUMBER.vietnamese);
    }

    static byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "HocVuSo", "1.0");
            Worksheet sheet = workbook.newWorksheet("Danh sách");
            List<String> header = header();
            String[] example = {
                "Nguyễn Văn An",
                "0912345678",
                "an.nv@quangngai.gov.vn",
                "21211",
                "Sở Khoa học và Công nghệ",
                "CB-000123"
            };
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
                // Text cells: a phone or a unit code typed here keeps its leading zero.
                sheet.value(1, c, example[c]);
                sheet.width(c, 24);
            }
            sheet.range(1, 0, 10_000, header.size() - 1).style().format("@").set();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
