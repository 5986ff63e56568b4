package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hocvuso.testing.Rosters;
import vn.hocvuso.testing.Tokens;

/**
 * Files made to hurt the server, sent by someone allowed to upload (a unit manager for rosters, an
 * administrator for denominators). Each is refused with a clear problem naming the limit, and refusing
 * it costs the API process less than 64 MB of heap: {@code @QuarkusTest} runs the application in the
 * test's JVM, so the bytes allocated by every thread but the test's own (the HTTP client) while the
 * request is served bound what the file cost, receiving the body included (the first of these files,
 * 1.5 kB, made the old reader allocate 5.7 GB). How fast they are refused is measured
 * by {@code make bench} (docs/benchmarks.md), not here.
 */
@QuarkusTest
class HostileFilesTest {

    private static final long BUDGET = 64L * 1024 * 1024;
    private static final String ROSTER = "/api/v1/imports/rosters/dry-run";
    private static final String DENOMINATORS = "/api/v1/imports/denominators/dry-run";
    private static final String ROSTER_HEADER = Rosters.HEADER;

    private record Refusal(int status, String code, String detail, long allocated) {

        /** Refused with this status and code, having cost the server less than the budget; for more checks. */
        Refusal is(int expectedStatus, String expectedCode) {
            assertThat(status).isEqualTo(expectedStatus);
            assertThat(code).isEqualTo(expectedCode);
            assertThat(allocated).isLessThan(BUDGET);
            return this;
        }
    }

    /** The first uploads of a run load classes and fill caches: not what a file costs. */
    @BeforeEach
    void warmUp() {
        byte[] small = (ROSTER_HEADER + "\nNguyễn Văn An,0912345678,,21211,,\n").getBytes(StandardCharsets.UTF_8);
        api(Tokens.unitManager("21211")).contentType("text/csv").body(small).post(ROSTER);
        api(Tokens.admin()).contentType("text/csv").body(small).post(DENOMINATORS);
    }

    /** Uploads the file as a roster (unit manager) or a denominator file (administrator); what it cost. */
    private static Refusal upload(String endpoint, String type, byte[] file) {
        String token = endpoint.equals(ROSTER) ? Tokens.unitManager("21211") : Tokens.admin();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getTotalThreadAllocatedBytes();
        long clientBefore = threads.getCurrentThreadAllocatedBytes();
        Response response = api(token).contentType(type).body(file).post(endpoint);
        // Every thread of the JVM but this one, which is the HTTP client (and the contract check).
        long allocated = threads.getTotalThreadAllocatedBytes()
                - before
                - (threads.getCurrentThreadAllocatedBytes() - clientBefore);
        return new Refusal(
                response.statusCode(),
                response.jsonPath().getString("code"),
                response.jsonPath().getString("detail"),
                allocated);
    }

    private static final String XLSX = Spreadsheet.XLSX_TYPE;

    @ParameterizedTest
    @ValueSource(strings = {ROSTER, DENOMINATORS})
    void aRowNumberedTwoBillionIsRefusedWithTheLimit(String endpoint) {
        byte[] file = workbook(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Họ và tên</t></is></c></row>"
                + "<row r=\"2000000000\"><c r=\"A2000000000\" t=\"inlineStr\"><is><t>x</t></is></c></row>"));
        assertThat(file.length).isLessThan(2048);
        assertThat(upload(endpoint, XLSX, file).is(400, "too_many_rows").detail())
                .contains(endpoint.equals(ROSTER) ? "50000" : "1000");
    }

    @ParameterizedTest
    @ValueSource(strings = {ROSTER, DENOMINATORS})
    void aRowJustPastTheLimitIsRefusedToo(String endpoint) {
        // Not padded up to: a workbook whose second row is numbered 20 million (the old reader made
        // 20 million empty rows before counting them).
        byte[] file = workbook(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Họ và tên</t></is></c></row>"
                + "<row r=\"20000000\"><c r=\"A20000000\" t=\"inlineStr\"><is><t>x</t></is></c></row>"));
        Refusal refusal = upload(endpoint, XLSX, file);
        assertThat(refusal.code()).isEqualTo("too_many_rows");
        assertThat(refusal.allocated()).isLessThan(BUDGET);
    }

    @ParameterizedTest
    @ValueSource(strings = {ROSTER, DENOMINATORS})
    void aColumnZzzzzzIsRefusedWithTheLimit(String endpoint) {
        byte[] file =
                workbook(sheet("<row r=\"1\"><c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>Họ và tên</t></is></c></row>"));
        assertThat(upload(endpoint, XLSX, file).is(413, "file_too_large").detail())
                .contains("tối đa 200 cột");
    }

    @ParameterizedTest
    @ValueSource(strings = {ROSTER, DENOMINATORS})
    void aZipBombIsRefusedBeforeItIsInflated(String endpoint) {
        // 256 MB of zeros in a part: 250 kB compressed.
        byte[] file = zip(out -> {
            sheetPart(out, "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
            out.putNextEntry(new ZipEntry("xl/media/image1.png"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 256; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        });
        assertThat(file.length).isLessThan(1024 * 1024);
        assertThat(upload(endpoint, XLSX, file).is(413, "file_too_large").detail())
                .contains("tối đa 100 MB dữ liệu khi giải nén");
    }

    @ParameterizedTest
    @ValueSource(strings = {ROSTER, DENOMINATORS})
    void aWorkbookOfManyPartsIsRefused(String endpoint) {
        byte[] file = zip(out -> {
            for (int i = 0; i < 5000; i++) {
                part(out, "xl/media/p" + i + ".bin", new byte[0]);
            }
        });
        assertThat(upload(endpoint, XLSX, file).is(413, "file_too_large").detail())
                .contains("tối đa 1000 phần trong tệp Excel");
    }

    @ParameterizedTest
    @ValueSource(strings = {ROSTER, DENOMINATORS})
    void aHugeSharedStringIsRefused(String endpoint) {
        // One shared string of 60 million characters: 60 kB compressed, 120 MB as a Java string.
        byte[] file = zip(out -> {
            sheetPart(out, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
            out.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            out.write(
                    "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>"
                            .getBytes(StandardCharsets.UTF_8));
            byte[] letters = "a".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 60; i++) {
                out.write(letters);
            }
            out.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        });
        upload(endpoint, XLSX, file).is(413, "file_too_large");
    }

    @ParameterizedTest
    @ValueSource(strings = {ROSTER, DENOMINATORS})
    void aCsvOfAMillionLinesIsRefusedWithoutReadingThemAll(String endpoint) {
        byte[] file = (ROSTER_HEADER + "\n" + "x\n".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8);
        upload(endpoint, "text/csv", file).is(400, "too_many_rows");
    }

    @ParameterizedTest
    @ValueSource(strings = {ROSTER, DENOMINATORS})
    void aCsvCellOfTenMegabytesIsRefused(String endpoint) {
        // Not decoded into one string: the old reader turned the file into a 10-million-character
        // string and a 10-million-character cell.
        byte[] file = (ROSTER_HEADER + "\nNguyễn Văn " + "A".repeat(10 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        assertThat(upload(endpoint, "text/csv", file).is(413, "file_too_large").detail())
                .contains("tối đa 2000 ký tự trong một ô");
    }

    @ParameterizedTest
    @ValueSource(strings = {ROSTER, DENOMINATORS})
    void aCsvRowOfAMillionColumnsIsRefused(String endpoint) {
        byte[] file = (ROSTER_HEADER + "\n" + ",".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8);
        assertThat(upload(endpoint, "text/csv", file).is(413, "file_too_large").detail())
                .contains("tối đa 200 cột mỗi dòng");
    }

    @ParameterizedTest
    @ValueSource(strings = {ROSTER, DENOMINATORS})
    void aNumberWithAHugeExponentIsKeptAsWritten(String endpoint) {
        // 1E+999999999 printed as plain digits would be a billion characters.
        byte[] file = workbook(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Họ và tên</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>1E+999999999</v></c></row>"));
        upload(endpoint, XLSX, file).is(400, "import_header"); // the header lacks required columns: read, not crashed
    }

    // --- Building workbooks by hand, as an attacker would --------------------------------------------

    private interface Parts {
        void write(ZipOutputStream out) throws IOException;
    }

    private static byte[] zip(Parts parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            parts.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void part(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    /** The workbook's one sheet, holding these rows. */
    private static void sheetPart(ZipOutputStream out, String rows) throws IOException {
        part(out, "xl/worksheets/sheet1.xml", sheet(rows).getBytes(StandardCharsets.UTF_8));
    }

    private static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>" + rows + "</sheetData></worksheet>";
    }

    /** A minimal workbook Excel and fastexcel read: content types, the workbook, its relationships, one sheet. */
    private static byte[] workbook(String sheetXml) {
        return zip(out -> {
            part(
                    out,
                    "[Content_Types].xml",
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                                    + "</Types>")
                            .getBytes(StandardCharsets.UTF_8));
            part(
                    out,
                    "_rels/.rels",
                    ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                                    + "</Relationships>")
                            .getBytes(StandardCharsets.UTF_8));
            part(
                    out,
                    "xl/workbook.xml",
                    ("<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                                    + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                            .getBytes(StandardCharsets.UTF_8));
            part(
                    out,
                    "xl/_rels/workbook.xml.rels",
                    ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                                    + "</Relationships>")
                            .getBytes(StandardCharsets.UTF_8));
            part(out, "xl/worksheets/sheet1.xml", sheetXml.getBytes(StandardCharsets.UTF_8));
        });
    }
}
