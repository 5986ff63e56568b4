package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hocvuso.common.TableFile.Limits;

/** The CSV reader on its own: the files Excel and people write, and what the one CSV writer writes. */
class CsvRowsTest {

    private static final Limits ROOMY = new Limits(10_000, 50, 10_000, 10_000_000, 10_000_000, 10);

    /** What a read gave: the encoding it reports and the rows with their line numbers. */
    private record Read(String encoding, List<Integer> lines, List<List<String>> rows) {}

    private static Read read(byte[] bytes, Limits limits) {
        List<Integer> lines = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        String encoding = CsvRows.read(bytes, limits, (line, cells) -> {
            lines.add(line);
            rows.add(List.copyOf(cells));
        });
        return new Read(encoding, lines, rows);
    }

    private static Read read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), ROOMY);
    }

    @Test
    void readsQuotedCellsWithSeparatorsQuotesAndLineBreaksInside() {
        Read read = read(
                "Họ và tên,Ghi chú\r\n\"Nguyễn, Thị Hoa\",\"Nói \"\"xin chào\"\"\r\nrồi về\"\r\nTrần Văn Nam,\r\n");
        assertThat(read.rows())
                .containsExactly(
                        List.of("Họ và tên", "Ghi chú"),
                        List.of("Nguyễn, Thị Hoa", "Nói \"xin chào\"\r\nrồi về"),
                        List.of("Trần Văn Nam", ""));
        assertThat(read.lines()).containsExactly(1, 2, 3);
        assertThat(read.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void excelsUnicodeTextIsUtf16WithAByteOrderMarkAndTabs() {
        String text = "\uFEFFTên thôn/tổ dân phố\tLoại\r\nThôn Trường Thọ\tthôn\r\n";
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Read read = read(text.getBytes(charset), ROOMY);
            assertThat(read.encoding()).isEqualTo("UTF-16 (BOM)");
            assertThat(read.rows())
                    .containsExactly(List.of("Tên thôn/tổ dân phố", "Loại"), List.of("Thôn Trường Thọ", "thôn"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\n", "\r"})
    void anyLineEndEndsARowAndALastLineNeedsNone(String end) {
        assertThat(read("a,b" + end + "1,2" + end + "3,4").rows())
                .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
    }

    @Test
    void theSeparatorIsTheOneTheHeaderUsesMost() {
        assertThat(read("Mã;Tên;Số\r\n21211;Xã Tịnh Khê;1,5\r\n").rows().get(1))
                .containsExactly("21211", "Xã Tịnh Khê", "1,5");
        assertThat(read("Mã\tTên\r\n21211\tXã Tịnh Khê, Quảng Ngãi\r\n").rows().get(1))
                .containsExactly("21211", "Xã Tịnh Khê, Quảng Ngãi");
        assertThat(read("Mã,Tên\r\n21211,Xã; Tịnh Khê\r\n").rows().get(1)).containsExactly("21211", "Xã; Tịnh Khê");
    }

    @Test
    void aByteOrderMarkIsSkippedAndSaid() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Mã,Tên\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);
        Read read = read(file, ROOMY);
        assertThat(read.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(read.rows()).containsExactly(List.of("Mã", "Tên"));
    }

    @Test
    void aFileThatIsNotUtf8IsTheVietnameseWindowsCodePage() {
        // As Excel saves them in windows-1258: ê and à are one byte each; ã is a and a combining tilde (DE), ộ is
        // ô (F4) and a combining dot below (F2).
        byte[] file = {
            'T',
            0xEA - 256,
            'n',
            ',',
            'M',
            'a',
            0xDE - 256,
            '\r',
            '\n',
            'H',
            0xE0 - 256,
            ' ',
            'N',
            0xF4 - 256,
            0xF2 - 256,
            'i',
            ',',
            '1',
            '\r',
            '\n'
        };
        Read read = read(file, ROOMY);
        assertThat(read.encoding()).isEqualTo("windows-1258");
        assertThat(read.rows().get(0))
                .extracting(cell -> Normalizer.normalize(cell, Normalizer.Form.NFC))
                .containsExactly("Tên", "Mã");
        assertThat(Normalizer.normalize(read.rows().get(1).get(0), Normalizer.Form.NFC))
                .isEqualTo("Hà Nội");
    }

    @Test
    void anOverlongCellOrTooManyColumnsStopTheReadWithTheLimit() {
        Limits tight = new Limits(10, 3, 5, 1000, 1000, 1);
        assertThatThrownBy(() -> read("a,b\r\n123456,1\r\n".getBytes(StandardCharsets.UTF_8), tight))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.code()).isEqualTo("file_too_large");
                    assertThat(e.args()).containsExactly(5L, TableFile.Limit.CELL_CHARS.ordinal());
                });
        assertThatThrownBy(() -> read("a,b,c,d\r\n".getBytes(StandardCharsets.UTF_8), tight))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.args()).containsExactly(3L, TableFile.Limit.COLUMNS.ordinal()));
        assertThat(read("a,b,c\r\n12345,,\r\n".getBytes(StandardCharsets.UTF_8), tight)
                        .rows())
                .hasSize(2);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    /**
     * Whatever the cells, what the one CSV writer writes ({@link Spreadsheet#csv}) reads back as the same
     * cells, except that a cell a spreadsheet would run as a formula comes back with its leading apostrophe.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void whatTheWriterWritesReadsBackCellForCell(long seed) {
        Random random = new Random(seed);
        int columns = 2 + random.nextInt(5);
        List<String> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add("Cột " + (c + 1));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = random.nextInt(6); r > 0; r--) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(cell(random));
            }
            rows.add(row);
        }
        Read read = read(Spreadsheet.csv(header, rows), ROOMY);
        List<List<String>> expected = new ArrayList<>();
        expected.add(header);
        rows.forEach(row -> expected.add(
                row.stream().map(v -> Spreadsheet.formulaLike(v) ? "'" + v : v).toList()));
        assertThat(read.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(read.rows()).isEqualTo(expected);
    }

    private static final String[] PIECES = {
        "a",
        "Đ",
        "ư",
        "ộ",
        "ễ",
        " ",
        ",",
        ";",
        "\"",
        "\t",
        "\r\n",
        "\n",
        "\r",
        "=",
        "-",
        "+",
        "@",
        "'",
        "0",
        "9",
        "Xã Tịnh Khê",
        "\u00A0",
        ".",
        "＝"
    };

    private static String cell(Random random) {
        StringBuilder cell = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            cell.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return cell.toString();
    }
}
