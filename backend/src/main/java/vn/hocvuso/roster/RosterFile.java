package vn.hocvuso.roster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.hocvuso.common.ImportColumn;
import vn.hocvuso.common.TableFile;

/**
 * A roster file (any table {@link TableFile} reads) as rows of roster columns. The header row names
 * the columns, in Vietnamese (the template's) or English, in any order and ignoring case and accents.
 */
public final class RosterFile {

    /** The columns of a roster. */
    public enum Column implements ImportColumn {
        NAME("Họ và tên", "hovaten", "hoten", "ten", "name", "fullname"),
        PHONE("Số điện thoại", "sodienthoai", "dienthoai", "sdt", "didong", "phone", "mobile", "phonenumber"),
        EMAIL("Email", "email", "thudientu", "mail"),
        UNIT(
                "Mã xã/phường",
                "maxaphuong",
                "maxaphuongdackhu",
                "maxa",
                "madonvi",
                "madonvihanhchinh",
                "unitcode",
                "unit"),
        AGENCY("Cơ quan", "coquan", "coquancongtac", "coquandonvi", "donvicongtac", "agency", "agencyid"),
        /** A student's class or grade (students' rosters only). */
        CLASS("Lớp", "lop", "lophoc", "lopkhoi", "khoilop", "class", "classname", "grade"),
        EMPLOYEE_NUMBER(
                "Mã cán bộ",
                "macanbo",
                "manhanvien",
                "macongchuc",
                "sohieucongchuc",
                "sohieu",
                "employeenumber",
                "employeeid",
                "employeeno",
                // A school's and an enterprise's own numbers are the same key.
                "mahocsinh",
                "masinhvien",
                "mahocsinhsinhvien",
                "studentid",
                "studentnumber",
                "manguoilaodong");

        private final Names names;

        Column(String header, String... aliases) {
            this.names = new Names(header, aliases);
        }

        @Override
        public Names names() {
            return names;
        }
    }

    /** One data row: its line in the file (1 = the header), its cells by column, and a shape problem if any. */
    public record Line(int line, Map<Column, String> cells, int cellCount, int headerCount) {
        public String get(Column column) {
            return cells.get(column);
        }

        public boolean brokenShape() {
            return cellCount != headerCount && cellCount > 0;
        }
    }

    public record Parsed(List<Line> lines, String encoding) {}

    private RosterFile() {}

    /**
     * Reads the file within {@code limits} (CPU work: through {@link vn.hocvuso.common.FileParsing}). The
     * unit column is required unless the rows can take the organisation's unit ({@code unitRequired}).
     */
    public static Parsed parse(byte[] bytes, TableFile.Limits limits, boolean unitRequired) {
        TableFile.Table<Column> read = TableFile.read(
                bytes,
                limits,
                Column.class,
                unitRequired ? List.of(Column.NAME, Column.UNIT) : List.of(Column.NAME),
                List.of(Column.PHONE, Column.EMAIL));
        int headerCount = (int) read.header().stream().filter(h -> !h.isBlank()).count();
        List<Line> lines = new ArrayList<>(read.rows().size());
        for (TableFile.Row<Column> row : read.rows()) {
            Map<Column, String> cells = new EnumMap<>(Column.class);
            cells.putAll(row.cells());
            // Trailing empty cells (Excel pads rows to the widest) do not make a row "too long".
            int count = row.size() > headerCount ? Math.max(headerCount, row.filled()) : row.size();
            lines.add(new Line(row.line(), cells, count, Math.max(headerCount, 1)));
        }
        return new Parsed(lines, read.encoding());
    }
}
