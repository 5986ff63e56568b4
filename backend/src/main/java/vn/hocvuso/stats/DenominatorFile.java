package vn.hocvuso.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hocvuso.common.ImportColumn;
import vn.hocvuso.common.Spreadsheet;
import vn.hocvuso.common.TableFile;
import vn.hocvuso.common.Texts;

/**
 * The denominator file's format: its columns (as the template names them, and the names people also
 * use), its rows as cleaned text, and how a cell's date, count and yes/no are read. The rules of a row
 * are {@link DenominatorImport}'s.
 */
final class DenominatorFile {

    private DenominatorFile() {}

    /** The columns of a denominator file, as the template names them, and the names people also use. */
    enum Column implements ImportColumn {
        UNIT("Mã đơn vị", "madonvi", "maxaphuong", "maxaphuongdackhu", "maxa", "unitcode", "unit"),
        AGENCY("Cơ quan", "coquan", "macoquan", "agency", "agencyid", "tochuc", "truong", "doanhnghiep"),
        VILLAGE("Thôn/tổ dân phố", "thontodanpho", "thon", "todanpho", "village", "villageid"),
        VALID_FROM("Hiệu lực từ", "hieuluctu", "ngayhieuluc", "tungay", "validfrom"),
        POPULATION("Dân số", "danso", "population"),
        ADULTS("Dân số trưởng thành", "dansotruongthanh", "nguoitruongthanh", "adultpopulation", "adults"),
        PUBLIC_SERVANTS("Số CBCCVC", "socbccvc", "cbccvc", "bienche", "sobienche", "publicservants"),
        STUDENTS("Số học sinh/sinh viên", "sohocsinhsinhvien", "sohocsinh", "hocsinh", "sinhvien", "students"),
        WORKERS("Số người lao động", "songuoilaodong", "nguoilaodong", "laodong", "workers"),
        ESTIMATED("Ước tính", "uoctinh", "estimated"),
        SOURCE("Nguồn số liệu", "nguonsolieu", "nguon", "source");

        private final Names names;

        Column(String header, String... aliases) {
            this.names = new Names(header, aliases);
        }

        @Override
        public Names names() {
            return names;
        }
    }

    /** The file's data rows (cleaned cells of the denominator columns), their lines and its encoding. */
    record Read(List<Map<Column, String>> rows, List<Integer> lines, String encoding) {}

    static Read read(byte[] file, TableFile.Limits limits) {
        TableFile.Table<Column> table = TableFile.read(
                file,
                limits,
                Column.class,
                List.of(Column.VALID_FROM, Column.SOURCE),
                List.of(Column.UNIT, Column.AGENCY));
        List<Map<Column, String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (TableFile.Row<Column> row : table.rows()) {
            Map<Column, String> values = new HashMap<>();
            row.cells().forEach((column, text) -> {
                String value = text == null ? null : Texts.cleanOrNull(text);
                if (value != null) {
                    values.put(column, value);
                }
            });
            rows.add(values);
            lines.add(row.line());
        }
        return new Read(rows, lines, table.encoding());
    }

    /** Whether a count's text is one: 56012, 56.012 or 56,012 (thousands separators). */
    static Integer count(String text) {
        String digits = text.replaceAll("[.,\\s]", "");
        return digits.matches("[0-9]{1,9}") ? Integer.parseInt(digits) : null;
    }

    /** "có"/"không" and the like; empty is no; anything else null. */
    static Boolean yesNo(String text) {
        if (text == null) {
            return Boolean.FALSE;
        }
        return switch (Spreadsheet.fold(text)) {
            case "co", "x", "1", "true", "yes", "uoctinh" -> Boolean.TRUE;
            case "khong", "0", "false", "no" -> Boolean.FALSE;
            default -> null;
        };
    }
}
