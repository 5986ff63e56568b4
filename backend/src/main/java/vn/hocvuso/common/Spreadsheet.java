package vn.hocvuso.common;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

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
        return String.join(
                        ",",
                        values.stream()
                                .map(v -> csvCell(v == null ? "" : v.toString()))
                                .toList()) + "\r\n";
    }

    /**
     * What makes a spreadsheet program read a cell as a formula when it is the first character: = + - @,
     * their full-width (＝＋－＠) and small forms, the minus sign, and TAB, CR and LF (which some programs
     * drop before looking). Spaces in front do not hide one (some programs strip them too).
     */
    private static final String FORMULA_TRIGGERS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE66\uFE6B\u2212";
    /** A plain number ("-5", "+84 912 345 678") stays as it is: it computes nothing. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("^[+-]?[0-9][0-9 .]*$");

    /**
     * One cell of the one CSV writer: a cell that a spreadsheet would run as a formula gets a leading
     * apostrophe (OWASP's advice for CSV injection), then the cell is quoted when needed.
     */
    public static String csvCell(String value) {
        String v = value == null ? "" : value;
        if (formulaLike(v)) {
            v = "'" + v;
        }
        if (v.contains(",")
                || v.contains("\"")
                || v.contains("\n")
                || v.contains("\r")
                || v.contains(";")
                || v.contains("\t")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    static boolean formulaLike(String v) {
        int i = 0;
        while (i < v.length() && (v.charAt(i) == ' ' || v.charAt(i) == '\u00A0' || v.charAt(i) == '\u3000')) {
            i++;
        }
        return i < v.length()
                && FORMULA_TRIGGERS.indexOf(v.charAt(i)) >= 0
                && !PLAIN_NUMBER.matcher(v).matches();
    }

    private Spreadsheet() {}

    /** Lower case, no accents (đ → d), letters and digits only: "Số điện thoại" → "sodienthoai". */
    public static String fold(String text) {
        return Texts.fold(text == null ? "" : text).replaceAll("[^a-z0-9]", "");
    }
}
