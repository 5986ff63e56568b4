package vn.hocvuso.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocvuso.common.Spreadsheet;

/**
 * The roster templates an uploader starts from, one per kind of organisation: the Vietnamese headers
 * and one example row. Every header is one {@link RosterFile.Column} reads.
 */
enum RosterTemplates {
    /** Public servants of any agencies (each row names its agency): the roster as it has always been. */
    AGENCY(
            "mau-danh-sach-can-bo",
            List.of("Họ và tên", "Số điện thoại", "Email", "Mã xã/phường", "Cơ quan", "Mã cán bộ"),
            List.of(
                    "Nguyễn Văn An",
                    "0912345678",
                    "an.nv@quangngai.gov.vn",
                    "21211",
                    "Sở Khoa học và Công nghệ",
                    "CB-000123")),
    /** A school's students, with their class; the unit may stay empty when the school has one. */
    SCHOOL(
            "mau-danh-sach-hoc-sinh",
            List.of("Họ và tên", "Số điện thoại", "Email", "Lớp", "Mã xã/phường", "Mã học sinh"),
            List.of("Trần Thị Bình", "0912345679", "binh.tt@gmail.com", "10A1", "21211", "HS-2025-0001")),
    /** An enterprise's workers; the unit may stay empty (the enterprise's). */
    ENTERPRISE(
            "mau-danh-sach-nguoi-lao-dong",
            List.of("Họ và tên", "Số điện thoại", "Email", "Mã xã/phường", "Mã nhân viên"),
            List.of("Lê Văn Cường", "0987654321", "cuong.lv@gmail.com", "21211", "NV-0042"));

    final String fileName;
    final List<String> header;
    final List<String> example;

    RosterTemplates(String fileName, List<String> header, List<String> example) {
        this.fileName = fileName;
        this.header = header;
        this.example = example;
    }

    static Optional<RosterTemplates> of(String kind) {
        for (RosterTemplates t : values()) {
            if (t.name().equals(kind)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    byte[] csv() {
        String csv = "\uFEFF" + Spreadsheet.csvLine(header) + Spreadsheet.csvLine(example);
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "HocVuSo", "1.0");
            Worksheet sheet = workbook.newWorksheet("Danh sách");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
                // Text cells: a phone or a unit code typed here keeps its leading zero.
                sheet.value(1, c, example.get(c));
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
