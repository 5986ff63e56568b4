package vn.hocvuso.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Reads an uploaded table as people make them: CSV written by Excel (UTF-8 with or without a byte-order
 * mark, or the Windows "ANSI" code page of a Vietnamese Windows: windows-1258, whose accents are
 * combining marks, so every cell is NFC-normalised afterwards; Latin-1 letters of a windows-1252 file
 * read the same), separated by commas, semicolons or tabs; or an XLSX workbook (its first sheet).
 * Imports (rosters, denominators) map the header row to their own columns.
 */
public final class Spreadsheet {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};

    /** The rows of cells (NFC text) and how the file was read ("UTF-8", "windows-1258", "xlsx"). */
    public record Table(List<List<String>> rows, String encoding) {

        /** The header: the first row with any text (some exports start with an empty title row). */
        public int headerRow() {
            int index = 0;
            while (index < rows.size() && blank(rows.get(index))) {
                index++;
            }
            if (index >= rows.size()) {
                throw new ApiException(400, "import_empty");
            }
            return index;
        }

        /** The header's cells that name a column of the import, by position; a column named twice counts once. */
        public <C> Map<Integer, C> columns(int headerRow, Function<String, Optional<C>> columnOf) {
            Map<Integer, C> columns = new LinkedHashMap<>();
            List<String> header = rows.get(headerRow);
            for (int i = 0; i < header.size(); i++) {
                int index = i;
                columnOf.apply(header.get(i)).filter(c -> !columns.containsValue(c)).ifPresent(c -> columns.put(index, c));
            }
            return columns;
        }
    }

    /** Empty lines (a trailing newline, spacer rows) are not rows. */
    public static boolean blank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

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

    /**
     * What makes a spreadsheet program read a cell as a formula when it is the first character: = + - @,
     * their full-width (＝＋－＠) and small forms, the minus sign, and TAB, CR and LF (which some programs
     * drop before looking). Spaces in front do not hide one (some programs strip them too).
     */
    private static final String FORMULA_TRIGGERS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE66\uFE6B\u2212";
    /** A plain number ("-5", "+84 912 345 678") stays as it is: it computes nothing. */
    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("^[+-]?[0-9][0-9 .]*$");

    /**
     * One cell of the one CSV writer: a cell that a spreadsheet would run as a formula gets a leading
     * apostrophe (OWASP's advice for CSV injection), then the cell is quoted when needed.
     */
    public static String csvCell(String value) {
        String v = value == null ? "" : value;
        if (formulaLike(v)) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.contains(";")
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
        return i < v.length() && FORMULA_TRIGGERS.indexOf(v.charAt(i)) >= 0 && !PLAIN_NUMBER.matcher(v).matches();
    }

    private Spreadsheet() {
    }

    public static boolean looksLikeXlsx(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == ZIP_MAGIC[0] && bytes[1] == ZIP_MAGIC[1] && bytes[2] == ZIP_MAGIC[2]
                && bytes[3] == ZIP_MAGIC[3];
    }

    /** Reads up to about {@code maxRows} rows; an unreadable workbook is a 400 {@code import_unreadable}. */
    public static Table read(byte[] bytes, int maxRows) {
        if (looksLikeXlsx(bytes)) {
            return new Table(nfc(readXlsx(bytes, maxRows)), "xlsx");
        }
        Decoded decoded = decode(bytes);
        return new Table(nfc(readCsv(decoded.text(), maxRows)), decoded.charset());
    }

    private static List<List<String>> nfc(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            out.add(row.stream().map(Spreadsheet::nfc).toList());
        }
        return out;
    }

    public record Decoded(String text, String charset) {
    }

    /** Valid UTF-8 (a BOM is dropped) is UTF-8; anything else is the Vietnamese Windows code page. */
    public static Decoded decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return new Decoded(text, start == 3 ? "UTF-8 (BOM)" : "UTF-8");
        } catch (CharacterCodingException e) {
            // windows-1258 agrees with windows-1252 on every Latin-1 letter and adds Vietnamese (as
            // base letters plus combining tone marks), so it reads both kinds of Excel "ANSI" CSV.
            Charset cp1258 = Charset.forName("windows-1258");
            return new Decoded(new String(bytes, cp1258), "windows-1258");
        }
    }

    /** RFC 4180 with the separator guessed from the first line; quoted fields may hold separators and newlines. */
    public static List<List<String>> readCsv(String text, int maxRows) {
        char separator = guessSeparator(text);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
                continue;
            }
            if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
                any = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                any = false;
                if (rows.size() > maxRows + 50) { // header and blank lines, then the limit applies
                    break;
                }
            } else {
                cell.append(c);
                any = true;
            }
        }
        if (any || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    private static char guessSeparator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        for (char c : first.toCharArray()) {
            switch (c) {
                case ',' -> commas++;
                case ';' -> semicolons++;
                case '\t' -> tabs++;
                default -> { }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static List<List<String>> readXlsx(byte[] bytes, int maxRows) {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                var stream = workbook.getFirstSheet().openStream()) {
            stream.limit(maxRows + 50L).forEach(row -> {
                // Rows skipped by Excel (never touched) do not appear; keep the file's row numbers.
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    var cell = row.getCell(i);
                    cells.add(cell == null ? "" : xlsxText(cell));
                }
                rows.add(cells);
            });
        } catch (IOException | RuntimeException e) {
            throw new ApiException(400, "import_unreadable");
        }
        return rows;
    }

    /** Numbers as people typed them: 912345678, not 9.12345678E8; 21211, not 21211.0. */
    private static String xlsxText(org.dhatim.fastexcel.reader.Cell cell) {
        if (cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
            java.math.BigDecimal number = cell.asNumber();
            return number == null ? "" : number.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Lower case, no accents (đ → d), letters and digits only: "Số điện thoại" → "sodienthoai". */
    public static String fold(String text) {
        return Texts.fold(text == null ? "" : text).replaceAll("[^a-z0-9]", "");
    }
}
