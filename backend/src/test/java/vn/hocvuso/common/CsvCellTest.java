package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV writer: what a spreadsheet would run as a formula is written so that it is shown, not run. */
class CsvCellTest {

    @Test
    void everyFormulaTriggerGetsALeadingApostrophe() {
        List<String> hostile = List.of(
                "=1+2",
                "+1+2",
                "-1+2",
                "@SUM(A1)",
                "\t=1+2",
                "\r=1+2",
                "\n=1+2",
                "＝1+2",
                "＋1+2",
                "－1+2",
                "＠SUM(A1)",
                "﹦1+2",
                "﹢1+2",
                "﹣1+2",
                "﹫SUM(A1)",
                "−1+2",
                "  =1+2",
                "\u00A0=1+2",
                "\u3000=1+2",
                "=HYPERLINK(\"https://x.invalid\",\"bấm\")");
        for (String cell : hostile) {
            String written = Spreadsheet.csvCell(cell);
            String unquoted = written.startsWith("\"")
                    ? written.substring(1, written.length() - 1).replace("\"\"", "\"")
                    : written;
            assertThat(unquoted)
                    .as("%s", cell.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo("'" + cell);
        }
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(Spreadsheet.csvCell("-5")).isEqualTo("-5");
        assertThat(Spreadsheet.csvCell("+84 912 345 678")).isEqualTo("+84 912 345 678");
        assertThat(Spreadsheet.csvCell("Xã Tịnh Khê")).isEqualTo("Xã Tịnh Khê");
        assertThat(Spreadsheet.csvCell("a=b")).isEqualTo("a=b");
        assertThat(Spreadsheet.csvCell("Nguyễn, Hoa")).isEqualTo("\"Nguyễn, Hoa\"");
    }
}
