package vn.hocvuso.common;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;

/**
 * Tables people open in a spreadsheet: CSV written the way Excel reads it (formula-safe cells), and
 * the folding of header names. Uploaded tables are read by {@link TableFile}.
 */
public final class Spreadsheet {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * The media types an import's table may be sent as: CSV by either name, plain text (what some HR systems send),
     * XLSX, or bytes without a type ({@code curl --data-binary}). One comma-separated string, because an annotation
     * cannot take an array constant and JAX-RS reads a comma-separated {@code @Consumes} value as the list.
     */
    public static final String UPLOAD_TYPES =
            "text/csv, application/csv, text/plain, " + XLSX_TYPE + ", " + MediaType.APPLICATION_OCTET_STREAM;

    /**
     * What an import's template endpoint answers ({@link #template}): the CSV or the XLSX, or a problem (as such or as
     * JSON) for a format it does not know. Comma-separated for the same reason as {@link #UPLOAD_TYPES}.
     */
    public static final String TEMPLATE_TYPES =
            "text/csv, " + XLSX_TYPE + ", " + Download.PROBLEM + ", " + MediaType.APPLICATION_JSON;

    /** A CSV file as Excel opens it: a byte-order mark so it reads UTF-8, then RFC 4180 lines. */
    public static byte[] csv(List<?> header, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(csvLine(header));
        rows.forEach(row -> out.append(csvLine(row)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An import's template as the download asked for: {@code csv} (UTF-8 with a byte-order mark) or
     * {@code xlsx} ({@link #xlsxTemplate}), named {@code fileStem.csv} or {@code .xlsx}, the header and the
     * example rows; another format is the caller's mistake (400 {@code invalid_parameter}).
     */
    public static Download template(
            String format,
            String fileStem,
            String sheetName,
            List<String> header,
            List<? extends List<String>> examples) {
        return switch (format) {
            case "csv" -> Download.attachment(csv(header, examples), "text/csv; charset=utf-8", fileStem + ".csv");
            case "xlsx" ->
                Download.attachment(xlsxTemplate(sheetName, header, examples), XLSX_TYPE, fileStem + ".xlsx");
            default -> throw new ApiException(StatusCode.BAD_REQUEST, "invalid_parameter", "format");
        };
    }

    /**
     * An import's template as a workbook: the header in bold, the example rows (if any) under it, and every cell
     * below formatted as text, so that a unit code or a phone typed there keeps its leading zero.
     */
    public static byte[] xlsxTemplate(String sheetName, List<String> header, List<? extends List<String>> examples) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "HocVuSo", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
                sheet.width(c, 24);
                for (int r = 0; r < examples.size(); r++) {
                    sheet.value(r + 1, c, examples.get(r).get(c));
                }
            }
            sheet.range(1, 0, TEMPLATE_TEXT_ROWS, header.size() - 1)
                    .style()
                    .format("@")
                    .set();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** How many rows of a template are formatted as text: more than any import takes at once. */
    private static final int TEMPLATE_TEXT_ROWS = 10_000;

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

    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** A day as Vietnamese spreadsheets write it (1/1/2026) or as ISO 8601 (2026-01-01); null when it is neither. */
    public static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Lower case, no accents (đ → d), letters and digits only: "Số điện thoại" → "sodienthoai". */
    public static String fold(String text) {
        return Texts.fold(text == null ? "" : text).replaceAll("[^a-z0-9]", "");
    }
}
