package vn.hocvuso.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;

/**
 * Reads an uploaded table as people make them, within limits: CSV written by Excel (UTF-8 with or
 * without a byte-order mark, UTF-16 with one as "Unicode Text" writes it, or the Windows "ANSI" code page of a Vietnamese Windows: windows-1258,
 * whose accents are combining marks, so every cell is NFC-normalised; Latin-1 letters of a
 * windows-1252 file read the same), separated by commas, semicolons or tabs; or an XLSX workbook (its
 * first sheet). The first row with any text is the header; the import maps its cells to its own
 * columns ({@link ImportColumn}), and only those columns' cells are kept.
 *
 * <p>Every limit ({@link Limits}) is checked as the file is read, before what it bounds is allocated:
 * a row number or a column letter past the limits, a decompressed size or a number of zip entries past
 * them, an overlong cell, too many characters in all: {@code too_many_rows} (400) or
 * {@code file_too_large} (413), the limit in the message. Reading is CPU work: call it through
 * {@link FileParsing}, never on the event loop.
 */
public final class TableFile {

    /** Row numbers may run this far past the data rows: title rows, blank spacer rows. */
    static final int ROW_NUMBER_SLACK = 1000;

    /** What a limit counts, in the order of the choice in {@code problem.file_too_large}. */
    enum Limit {
        UNZIPPED_MEGABYTES,
        ZIP_ENTRIES,
        COLUMNS,
        CELL_CHARS,
        TOTAL_CHARS
    }

    /** The limits of one read: the import's data rows, and the {@link FilesConfig} settings. */
    public record Limits(
            int maxRows, int maxColumns, int maxCellChars, long maxChars, long maxUnzippedBytes, int maxZipEntries) {

        public static Limits of(FilesConfig config, int maxRows) {
            return new Limits(
                    maxRows,
                    config.maxColumns(),
                    config.maxCellChars(),
                    config.maxChars(),
                    config.maxUnzippedSize().asLongValue(),
                    config.maxZipEntries());
        }

        int maxRowNumber() {
            return maxRows + ROW_NUMBER_SLACK;
        }

        ApiException tooManyRows() {
            return new ApiException(StatusCode.BAD_REQUEST, "too_many_rows", maxRows);
        }

        ApiException tooLarge(Limit limit) {
            long value = switch (limit) {
                case UNZIPPED_MEGABYTES -> maxUnzippedBytes / (1024 * 1024);
                case ZIP_ENTRIES -> maxZipEntries;
                case COLUMNS -> maxColumns;
                case CELL_CHARS -> maxCellChars;
                case TOTAL_CHARS -> maxChars;
            };
            return new ApiException(StatusCode.PAYLOAD_TOO_LARGE, "file_too_large", value, limit.ordinal());
        }
    }

    /**
     * A data row: its number in the file (1 = the first line or sheet row), the cells of the import's
     * columns (every mapped column present, null past the row's end), how many cells the row has and
     * how many up to its last non-blank one.
     */
    public record Row<C>(int line, Map<C, String> cells, int size, int filled) {}

    /** The header as read, the import's columns by position, the data rows, and how the file was read. */
    public record Table<C>(String encoding, List<String> header, Map<Integer, C> columns, List<Row<C>> rows) {}

    /** Receives the rows of a file in order, each as its raw cells. */
    interface RowSink {
        void row(int line, List<String> cells);
    }

    private TableFile() {}

    public static boolean looksLikeXlsx(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04;
    }

    /**
     * Reads the table, keeping the cells of the {@code columns} its header names ({@link ImportColumn#positions}),
     * and refuses it unless the header has the columns the import needs ({@link ImportColumn#require}: every one
     * of {@code required}, and one of {@code anyOf} when it names some) and at least one data row. An empty file, one
     * without a header or without data rows is 400 {@code import_empty}; an unreadable one 400
     * {@code import_unreadable}.
     */
    public static <C extends Enum<C> & ImportColumn> Table<C> read(
            byte[] bytes, Limits limits, Class<C> columns, List<C> required, List<C> anyOf) {
        Builder<C> table = new Builder<>(limits, columns);
        String encoding = looksLikeXlsx(bytes)
                ? XlsxRows.read(bytes, limits, table.budget, table)
                : CsvRows.read(bytes, limits, table);
        if (table.header == null) {
            throw new ApiException(StatusCode.BAD_REQUEST, "import_empty");
        }
        ImportColumn.require(table.columns.values(), required, anyOf);
        if (table.rows.isEmpty()) {
            throw new ApiException(StatusCode.BAD_REQUEST, "import_empty");
        }
        return new Table<>(encoding, table.header, table.columns, table.rows);
    }

    /** Empty lines (a trailing newline, spacer rows) are not rows. */
    static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Characters kept from one file; each kept string counts at least 16 for its object overhead. */
    static final class Budget {
        private final Limits limits;
        private long left;

        Budget(Limits limits) {
            this.limits = limits;
            this.left = limits.maxChars();
        }

        String keep(String text) {
            left -= Math.max(text.length(), 16);
            if (left < 0) {
                throw limits.tooLarge(Limit.TOTAL_CHARS);
            }
            return text;
        }
    }

    private static final class Builder<C extends Enum<C> & ImportColumn> implements RowSink {
        private final Limits limits;
        private final Class<C> columnsOf;
        final Budget budget;
        List<String> header;
        Map<Integer, C> columns;
        final List<Row<C>> rows = new ArrayList<>();

        Builder(Limits limits, Class<C> columnsOf) {
            this.limits = limits;
            this.columnsOf = columnsOf;
            this.budget = new Budget(limits);
        }

        @Override
        public void row(int line, List<String> cells) {
            if (line > limits.maxRowNumber()) {
                throw limits.tooManyRows();
            }
            if (blank(cells)) {
                return;
            }
            if (header == null) {
                header = cells.stream().map(cell -> budget.keep(nfc(cell))).toList();
                columns = ImportColumn.positions(columnsOf, header);
                return;
            }
            if (rows.size() >= limits.maxRows()) {
                throw limits.tooManyRows();
            }
            Map<C, String> kept = new HashMap<>();
            columns.forEach((index, column) ->
                    kept.put(column, index < cells.size() ? budget.keep(nfc(cells.get(index))) : null));
            int filled = cells.size();
            while (filled > 0 && cells.get(filled - 1).isBlank()) {
                filled--;
            }
            rows.add(new Row<>(line, kept, cells.size(), filled));
        }
    }
}
