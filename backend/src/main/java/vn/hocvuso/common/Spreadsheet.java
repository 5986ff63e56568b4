package vn.hocvuso.common;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tables people open in a spreadsheet: CSV written the way Excel reads it (formula-safe cells), and
 * the folding of header names. Uploaded tables are read by {@link TableFile}.
 */
public final class Spreadsheet {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A CSV file as Excel opens it: a byte-order mark so it reads UTF-8, then RFC 4180 lines. */
    public static byte[] csv(List<?> header, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(csvLine(header));
        rows.forEach(row -> out.append(csvLine(row)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String csvLine(List<?> values) {
        return String.join(",", values.stream().map(v -> csvCell(v == null ? "" : v.toString())).toList()) + "\r\n";
    }

    /** Quoted when needed; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
    public static String csvCell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("^[+-]?[0-9 .]+$")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.contains(";")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private Spreadsheet() {
    }

    /** Lower case, no accents (đ → d), letters and digits only: "Số điện thoại" → "sodienthoai". */
    public static String fold(String text) {
        return Texts.fold(text == null ? "" : text).replaceAll("[^a-z0-9]", "");
    }
}
