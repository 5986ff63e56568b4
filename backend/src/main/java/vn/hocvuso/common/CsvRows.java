package vn.hocvuso.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.hocvuso.common.TableFile.Limit;
import vn.hocvuso.common.TableFile.Limits;
import vn.hocvuso.common.TableFile.RowSink;

/**
 * RFC 4180 rows of a CSV file, streamed: the file is decoded a buffer at a time (never as one string),
 * and a cell, a row and the number of rows are bounded as they grow.
 */
final class CsvRows {

    private static final int BUFFER = 8192;

    private CsvRows() {}

    /**
     * Sends every row to {@code sink}; returns the encoding it read ("UTF-8 (BOM)", "UTF-8", "UTF-16 (BOM)",
     * "windows-1258").
     */
    static String read(byte[] bytes, Limits limits, RowSink sink) {
        // Excel's "Unicode Text" is UTF-16 (little-endian) with a byte-order mark, tab-separated.
        Charset utf16 = utf16(bytes);
        if (utf16 != null) {
            parse(bytes, 2, utf16, limits, sink);
            return "UTF-16 (BOM)";
        }
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        // Valid UTF-8 is UTF-8; anything else is the Vietnamese Windows code page, which agrees with
        // windows-1252 on every Latin-1 letter, so it reads both kinds of Excel "ANSI" CSV.
        boolean utf8 = validUtf8(bytes, start);
        parse(bytes, start, utf8 ? StandardCharsets.UTF_8 : Charset.forName("windows-1258"), limits, sink);
        return utf8 ? (start == 3 ? "UTF-8 (BOM)" : "UTF-8") : "windows-1258";
    }

    /** UTF-16LE or UTF-16BE by the file's byte-order mark; null without one. */
    private static Charset utf16(byte[] bytes) {
        if (bytes.length < 2) {
            return null;
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        if (first == 0xFF && second == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return first == 0xFE && second == 0xFF ? StandardCharsets.UTF_16BE : null;
    }

    private static void parse(byte[] bytes, int start, Charset charset, Limits limits, RowSink sink) {
        try (Reader reader =
                new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start), charset)) {
            new Parser(limits, sink).parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean validUtf8(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            out.clear();
            if (result.isUnderflow()) {
                return !decoder.flush(out).isError();
            }
        }
    }

    private static final class Parser {
        private final Limits limits;
        private final RowSink sink;
        private final StringBuilder cell = new StringBuilder();
        private List<String> row = new ArrayList<>();
        private int line;

        Parser(Limits limits, RowSink sink) {
            this.limits = limits;
            this.sink = sink;
        }

        void parse(Reader reader) throws IOException {
            char[] buffer = new char[BUFFER];
            int n = reader.read(buffer);
            char separator = separator(buffer, n);
            boolean quoted = false;
            boolean quoteInQuoted = false;
            boolean afterCr = false;
            boolean any = false;
            while (n >= 0) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (quoted) {
                        if (quoteInQuoted) {
                            quoteInQuoted = false;
                            if (c == '"') {
                                append(c);
                                continue;
                            }
                            quoted = false; // the closing quote: c is read as unquoted below
                        } else if (c == '"') {
                            quoteInQuoted = true;
                            continue;
                        } else {
                            append(c);
                            continue;
                        }
                    }
                    if (afterCr) {
                        afterCr = false;
                        if (c == '\n') {
                            continue;
                        }
                    }
                    if (c == '"' && cell.toString().isBlank()) {
                        quoted = true;
                        cell.setLength(0);
                        any = true;
                    } else if (c == separator) {
                        endCell();
                        any = true;
                    } else if (c == '\n' || c == '\r') {
                        endCell();
                        endRow();
                        afterCr = c == '\r';
                        any = false;
                    } else {
                        append(c);
                        any = true;
                    }
                }
                n = reader.read(buffer);
            }
            if (any || !cell.isEmpty()) {
                endCell();
                endRow();
            }
        }

        /** The separator that occurs most in the first line (as far as the first buffer): semicolons, tabs, else commas. */
        private static char separator(char[] buffer, int n) {
            int commas = 0;
            int semicolons = 0;
            int tabs = 0;
            for (int i = 0; i < n && buffer[i] != '\n'; i++) {
                switch (buffer[i]) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> {}
                }
            }
            if (semicolons > commas && semicolons >= tabs) {
                return ';';
            }
            return tabs > commas ? '\t' : ',';
        }

        private void append(char c) {
            if (cell.length() >= limits.maxCellChars()) {
                throw limits.tooLarge(Limit.CELL_CHARS);
            }
            cell.append(c);
        }

        private void endCell() {
            if (row.size() >= limits.maxColumns()) {
                throw limits.tooLarge(Limit.COLUMNS);
            }
            row.add(cell.toString());
            cell.setLength(0);
        }

        private void endRow() {
            sink.row(++line, row);
            row = new ArrayList<>();
        }
    }
}
