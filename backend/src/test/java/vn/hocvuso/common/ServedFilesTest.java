package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static vn.hocvuso.testing.Api.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Api;
import vn.hocvuso.testing.Certificates;
import vn.hocvuso.testing.FileReaders;
import vn.hocvuso.testing.Rosters;
import vn.hocvuso.testing.ServedFiles;
import vn.hocvuso.testing.ServedFiles.Served;
import vn.hocvuso.testing.Tokens;

/**
 * Every file the API serves, fetched through HTTP with every {@code Accept} header clients send, and read whole
 * by a reader that did not write it. The last test keeps the list complete: an operation of the contract that
 * answers anything but JSON must be swept here.
 */
@QuarkusTest
class ServedFilesTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ROSTERS = "/api/v1/imports/rosters";

    /** The file operations this class sweeps, by operationId. */
    private static final Set<String> SWEPT = Set.of(
            "getCertificatePdf",
            "exportUnitStats",
            "getRosterTemplate",
            "getRosterImportResult",
            "getDenominatorTemplate",
            "getVillageTemplate",
            "getNationalResultsTemplate",
            "exportNationalResults",
            "getMedia",
            "getMyCredential",
            "adminGetCredential",
            "getCredentialStatusList",
            "getCredentialKeys",
            "getDidDocument",
            "downloadReport");

    @Test
    void theCertificatePdfOpensWithTheHoldersNameAndAQrCodeToItsVerificationPage() {
        String name = "Đặng Thị Ỷ Lữ";
        String code = Certificates.issue(name).code();

        Served<FileReaders.Pdf> pdf = ServedFiles.fetch(
                accept -> api().accept(accept).get("/api/v1/certificates/" + code + "/pdf"),
                "application/pdf",
                FileReaders::pdf);

        assertThat(pdf.first().disposition()).isEqualTo("inline; filename=\"chung-nhan-" + code + ".pdf\"");
        assertThat(pdf.read()).allSatisfy(read -> {
            assertThat(read.pages()).isEqualTo(1);
            assertThat(read.text())
                    .contains(name)
                    .contains("Số hiệu: " + code)
                    .contains("GIẤY CHỨNG NHẬN HOÀN THÀNH KHÓA HỌC")
                    .doesNotContain("ĐÃ THU HỒI");
            assertThat(read.fontsEmbedded()).isTrue();
            assertThat(read.qrCode()).isEqualTo("http://localhost:5173/chung-nhan/" + code);
        });
    }

    @Test
    void theResultsExportOpensAsCsvWithItsByteOrderMarkAndAsAWorkbook() {
        String admin = Tokens.admin();
        Served<FileReaders.Csv> csv = ServedFiles.fetch(
                accept -> api(admin).accept(accept).queryParam("format", "csv").get("/api/v1/stats/units/export"),
                "text/csv",
                FileReaders::csv);
        assertThat(csv.first().disposition())
                .matches("attachment; filename=\"ket-qua-theo-don-vi-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        assertThat(csv.read()).allSatisfy(table -> {
            assertThat(table.bom()).isTrue();
            assertThat(table.rows()).hasSize(97);
            assertThat(table.rows().get(0)).startsWith("Hạng", "Mã đơn vị", "Tên đơn vị", "Loại");
            assertThat(table.rows())
                    .anySatisfy(row -> assertThat(row.subList(1, 4)).containsExactly("21211", "Xã Tịnh Khê", "xã"));
        });

        Served<List<List<String>>> xlsx = ServedFiles.fetch(
                accept -> api(admin).accept(accept).queryParam("format", "xlsx").get("/api/v1/stats/units/export"),
                XLSX,
                FileReaders::xlsx);
        assertThat(xlsx.first().disposition()).endsWith(".xlsx\"");
        assertThat(xlsx.read()).allSatisfy(sheet -> {
            assertThat(sheet.get(0).get(0)).startsWith("Kết quả Bình dân học vụ số theo xã, phường, đặc khu");
            assertThat(sheet.get(2)).startsWith("Hạng", "Mã đơn vị", "Tên đơn vị", "Loại");
            assertThat(sheet.subList(3, sheet.size()))
                    .hasSize(96)
                    .anySatisfy(row -> assertThat(row.subList(1, 4)).containsExactly("21211", "Xã Tịnh Khê", "xã"));
        });
    }

    @Test
    void theImportTemplatesOpenWithTheirVietnameseHeaders() {
        List<String> roster = List.of("Họ và tên", "Số điện thoại", "Email", "Mã xã/phường", "Cơ quan", "Mã cán bộ");
        List<String> example = List.of(
                "Nguyễn Văn An",
                "0912345678",
                "an.nv@quangngai.gov.vn",
                "21211",
                "Sở Khoa học và Công nghệ",
                "CB-000123");
        Served<FileReaders.Csv> rosterCsv = ServedFiles.fetch(
                accept -> api().accept(accept).get(ROSTERS + "/template"), "text/csv", FileReaders::csv);
        assertThat(rosterCsv.first().disposition()).isEqualTo("attachment; filename=\"mau-danh-sach-can-bo.csv\"");
        assertThat(rosterCsv.read()).allSatisfy(table -> {
            assertThat(table.bom()).isTrue();
            assertThat(table.rows()).containsExactly(roster, example);
        });
        Served<List<List<String>>> rosterXlsx = ServedFiles.fetch(
                accept -> api().accept(accept).queryParam("format", "xlsx").get(ROSTERS + "/template"),
                XLSX,
                FileReaders::xlsx);
        assertThat(rosterXlsx.first().disposition()).isEqualTo("attachment; filename=\"mau-danh-sach-can-bo.xlsx\"");
        assertThat(rosterXlsx.read()).allSatisfy(sheet -> assertThat(sheet).containsExactly(roster, example));
        // One template per kind of organisation: a school's students (with their class), an enterprise's workers.
        Map<String, List<List<String>>> kinds = Map.of(
                "SCHOOL",
                List.of(
                        List.of("mau-danh-sach-hoc-sinh"),
                        List.of("Họ và tên", "Số điện thoại", "Email", "Lớp", "Mã xã/phường", "Mã học sinh"),
                        List.of("Trần Thị Bình", "0912345679", "binh.tt@gmail.com", "10A1", "21211", "HS-2025-0001")),
                "ENTERPRISE",
                List.of(
                        List.of("mau-danh-sach-nguoi-lao-dong"),
                        List.of("Họ và tên", "Số điện thoại", "Email", "Mã xã/phường", "Mã nhân viên"),
                        List.of("Lê Văn Cường", "0987654321", "cuong.lv@gmail.com", "21211", "NV-0042")));
        kinds.forEach((kind, expected) -> {
            String name = expected.get(0).get(0);
            Served<FileReaders.Csv> csv = ServedFiles.fetch(
                    accept -> api().accept(accept).queryParam("kind", kind).get(ROSTERS + "/template"),
                    "text/csv",
                    FileReaders::csv);
            assertThat(csv.first().disposition()).isEqualTo("attachment; filename=\"" + name + ".csv\"");
            assertThat(csv.read()).allSatisfy(table -> {
                assertThat(table.bom()).isTrue();
                assertThat(table.rows()).containsExactly(expected.get(1), expected.get(2));
            });
            Served<List<List<String>>> xlsx = ServedFiles.fetch(
                    accept -> api().accept(accept)
                            .queryParam("format", "xlsx")
                            .queryParam("kind", kind)
                            .get(ROSTERS + "/template"),
                    XLSX,
                    FileReaders::xlsx);
            assertThat(xlsx.first().disposition()).isEqualTo("attachment; filename=\"" + name + ".xlsx\"");
            assertThat(xlsx.read())
                    .allSatisfy(sheet -> assertThat(sheet).containsExactly(expected.get(1), expected.get(2)));
        });

        List<String> denominators = List.of(
                "Mã đơn vị",
                "Cơ quan",
                "Thôn/tổ dân phố",
                "Hiệu lực từ",
                "Dân số",
                "Dân số trưởng thành",
                "Số CBCCVC",
                "Số học sinh/sinh viên",
                "Số người lao động",
                "Ước tính",
                "Nguồn số liệu");
        Served<FileReaders.Csv> denominatorCsv = ServedFiles.fetch(
                accept -> api().accept(accept).get("/api/v1/imports/denominators/template"),
                "text/csv",
                FileReaders::csv);
        assertThat(denominatorCsv.first().disposition()).isEqualTo("attachment; filename=\"mau-mau-so.csv\"");
        assertThat(denominatorCsv.read()).allSatisfy(table -> {
            assertThat(table.bom()).isTrue();
            assertThat(table.rows()).containsExactly(denominators);
        });
        Served<List<List<String>>> denominatorXlsx = ServedFiles.fetch(
                accept ->
                        api().accept(accept).queryParam("format", "xlsx").get("/api/v1/imports/denominators/template"),
                XLSX,
                FileReaders::xlsx);
        assertThat(denominatorXlsx.first().disposition()).isEqualTo("attachment; filename=\"mau-mau-so.xlsx\"");
        assertThat(denominatorXlsx.read()).allSatisfy(sheet -> assertThat(sheet).containsExactly(denominators));

        List<String> villages = List.of("Mã đơn vị", "Tên thôn/tổ dân phố", "Loại");
        Served<FileReaders.Csv> villageCsv = ServedFiles.fetch(
                accept -> api().accept(accept).get("/api/v1/imports/villages/template"), "text/csv", FileReaders::csv);
        assertThat(villageCsv.first().disposition()).isEqualTo("attachment; filename=\"mau-thon-to-dan-pho.csv\"");
        assertThat(villageCsv.read()).allSatisfy(table -> {
            assertThat(table.bom()).isTrue();
            assertThat(table.rows()).containsExactly(villages);
        });
        Served<List<List<String>>> villageXlsx = ServedFiles.fetch(
                accept -> api().accept(accept).queryParam("format", "xlsx").get("/api/v1/imports/villages/template"),
                XLSX,
                FileReaders::xlsx);
        assertThat(villageXlsx.first().disposition()).isEqualTo("attachment; filename=\"mau-thon-to-dan-pho.xlsx\"");
        assertThat(villageXlsx.read()).allSatisfy(sheet -> assertThat(sheet).containsExactly(villages));

        List<String> national =
                List.of("Mã chứng nhận", "Họ và tên", "Số điện thoại", "Mã đơn vị", "Khóa học", "Ngày cấp");
        String nationalTemplate = "/api/v1/imports/national-results/template";
        Served<FileReaders.Csv> nationalCsv =
                ServedFiles.fetch(accept -> api().accept(accept).get(nationalTemplate), "text/csv", FileReaders::csv);
        assertThat(nationalCsv.first().disposition()).isEqualTo("attachment; filename=\"mau-ket-qua-quoc-gia.csv\"");
        assertThat(nationalCsv.read())
                .allSatisfy(table -> assertThat(table.rows()).containsExactly(national));
        Served<List<List<String>>> nationalXlsx = ServedFiles.fetch(
                accept -> api().accept(accept).queryParam("format", "xlsx").get(nationalTemplate),
                XLSX,
                FileReaders::xlsx);
        assertThat(nationalXlsx.read()).allSatisfy(sheet -> assertThat(sheet).containsExactly(national));
    }

    @Test
    void theNationalResultsFeedOpensAsJsonLinesAndAsCsvWithTheSameResult() {
        String admin = Tokens.admin();
        String name = "Hồ Thị Ngọc Ánh";
        String code = Certificates.issue(name).code();
        String feed = "/api/v1/national-results";
        // The certificate's place in the feed: every page from the start until it, as an integrator reads. The feed
        // stops before any transaction still running on the server (another test's, or another session's on a
        // shared one), so the certificate may come a moment later: read again until it is there.
        AtomicReference<String> holding = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String since = null;
            while (true) {
                var page = api(admin).queryParam("limit", 10_000);
                if (since != null) {
                    page.queryParam("since", since);
                }
                var response = page.get(feed);
                String body = response.then()
                        .statusCode(anyOf(is(200), is(204)))
                        .extract()
                        .asString();
                if (body.contains(code)) {
                    holding.set(since);
                    return;
                }
                if (!"true".equals(response.header("Has-More"))) {
                    throw new AssertionError(code + " is not in the feed yet");
                }
                since = response.header("Next-Cursor");
            }
        });
        String from = holding.get();
        Served<String> lines = ServedFiles.fetch(
                accept -> {
                    var request = api(admin).accept(accept).queryParam("limit", 10_000);
                    return from == null
                            ? request.get(feed)
                            : request.queryParam("since", from).get(feed);
                },
                "application/x-ndjson",
                bytes -> new String(bytes, StandardCharsets.UTF_8));
        assertThat(lines.first().disposition()).isEqualTo("attachment; filename=\"ket-qua-hoc-vu-so.jsonl\"");
        assertThat(lines.read())
                .allSatisfy(text -> assertThat(text.lines())
                        .anySatisfy(line -> assertThat(line)
                                .contains("\"credentialId\":\"" + code + "\"")
                                .contains(name)));
        Served<FileReaders.Csv> csv = ServedFiles.fetch(
                accept -> {
                    var request = api(admin)
                            .accept(accept)
                            .queryParam("limit", 10_000)
                            .queryParam("format", "csv");
                    return from == null
                            ? request.get(feed)
                            : request.queryParam("since", from).get(feed);
                },
                "text/csv",
                FileReaders::csv);
        assertThat(csv.first().disposition()).isEqualTo("attachment; filename=\"ket-qua-hoc-vu-so.csv\"");
        assertThat(csv.read()).allSatisfy(table -> {
            assertThat(table.bom()).isTrue();
            assertThat(table.rows().get(0)).startsWith("credentialId", "status", "fullName", "phone");
            assertThat(table.rows()).anySatisfy(row -> assertThat(row).startsWith(code, "VALID", name));
        });
    }

    @Test
    void theRosterResultFileOpensWithEveryRowItsOutcomeAndItsActivationCode() {
        String admin = Tokens.admin();
        String prefix = "SF" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String phone = "085" + prefix.substring(2) + "1";
        String file = "Họ và tên,Số điện thoại,Email,Mã xã/phường,Cơ quan,Mã cán bộ\r\n"
                + "Lê Thị Ánh Tuyết," + phone + ",,21211,Sở Nội vụ," + prefix + "-1\r\n"
                + "Phạm Văn Sai,0123,,21211,," + prefix + "-2\r\n";
        String id = Rosters.upload(admin, "text/csv; charset=utf-8", file.getBytes(StandardCharsets.UTF_8));
        Rosters.awaitDone(admin, id);

        Served<FileReaders.Csv> result = ServedFiles.fetch(
                accept -> api(admin).accept(accept).get(ROSTERS + "/" + id + "/result"), "text/csv", FileReaders::csv);
        assertThat(result.first().disposition()).isEqualTo("attachment; filename=\"ket-qua-nhap-" + id + ".csv\"");
        assertThat(result.read()).allSatisfy(table -> {
            assertThat(table.bom()).isTrue();
            assertThat(table.rows()).hasSize(3);
            assertThat(table.rows().get(0))
                    .containsExactly(
                            "Dòng",
                            "Họ và tên",
                            "Số điện thoại",
                            "Email",
                            "Mã xã/phường",
                            "Cơ quan",
                            "Mã cán bộ",
                            "Kết quả",
                            "Ghi chú",
                            "Mã kích hoạt");
            assertThat(table.rows().get(1).subList(0, 8))
                    .containsExactly(
                            "2", "Lê Thị Ánh Tuyết", phone, "", "21211", "Sở Nội vụ", prefix + "-1", "Đã tạo mới");
            assertThat(table.rows().get(1).get(9)).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");
            assertThat(table.rows().get(2).subList(0, 3)).containsExactly("3", "Phạm Văn Sai", "0123");
            assertThat(table.rows().get(2).get(8)).contains("Số điện thoại \"0123\" không hợp lệ");
        });
    }

    @Test
    void anUploadedLessonVideoIsServedWholeToEveryClient() {
        byte[] video = vn.hocvuso.testing.Media.mp4(1);
        java.util.UUID lesson =
                vn.hocvuso.testing.Courses.course().create().lessonIds().get(1);
        String url = api(Tokens.admin())
                .contentType("multipart/form-data")
                .multiPart("file", "v.mp4", video, "video/mp4")
                .put("/api/v1/admin/lessons/" + lesson + "/video")
                .then()
                .statusCode(200)
                .extract()
                .path("videoUrl");
        Served<byte[]> served = ServedFiles.fetch(accept -> api().accept(accept).get(url), "video/mp4", bytes -> bytes);
        assertThat(served.first().disposition()).isEqualTo("inline");
        assertThat(served.first().cacheControl()).isEqualTo("public, max-age=31536000, immutable");
        assertThat(served.read()).allSatisfy(bytes -> assertThat(bytes).isEqualTo(video));
    }

    @Test
    void aCredentialComesAsJsonAsAJwtAndAsAQrCodeThatCarriesTheJwt() throws Exception {
        Certificates.Issued issued = Certificates.issue("Lương Thị Xuân Quỳnh");
        String mine = "/api/v1/me/certificates/" + issued.code() + "/credential";
        String admins = "/api/v1/admin/certificates/" + issued.code() + "/credential";
        String admin = Tokens.admin();

        for (String path : List.of(mine, admins)) {
            String token = path.equals(mine) ? issued.holder().accessToken() : admin;
            Served<String> jwt = ServedFiles.fetch(
                    accept -> api(token)
                            .accept(accept)
                            .queryParam("format", "jwt")
                            .get(path),
                    "application/vc+jwt",
                    bytes -> new String(bytes, StandardCharsets.US_ASCII));
            assertThat(jwt.first().disposition())
                    .isEqualTo("attachment; filename=\"chung-nhan-so-" + issued.code() + ".jwt\"");
            assertThat(jwt.first().cacheControl()).isEqualTo("no-store");
            String compact = jwt.read().get(0);
            assertThat(jwt.read()).allSatisfy(read -> assertThat(read).isEqualTo(compact));

            Served<String> json = ServedFiles.fetch(
                    accept -> api(token).accept(accept).get(path),
                    "application/json",
                    bytes -> new String(bytes, StandardCharsets.UTF_8));
            assertThat(json.read())
                    .allSatisfy(read -> assertThat(read).contains("\"data:application/vc+jwt," + compact + "\""));

            Served<String> qr = ServedFiles.fetch(
                    accept ->
                            api(token).accept(accept).queryParam("format", "qr").get(path),
                    "image/svg+xml",
                    FileReaders::svgQr);
            assertThat(qr.first().disposition())
                    .isEqualTo("inline; filename=\"chung-nhan-so-" + issued.code() + ".svg\"");
            assertThat(qr.read()).allSatisfy(read -> assertThat(read).isEqualTo(compact));
        }
    }

    @Test
    void theIssuersKeysDidDocumentAndStatusListArePublicAndCacheable() {
        Certificates.Issued issued = Certificates.issue("Tạ Quang Bửu");
        api(issued.holder().accessToken()).get("/api/v1/me/certificates/" + issued.code() + "/credential");
        for (String[] file : List.of(
                new String[] {"/api/v1/credentials/jwks", "application/jwk-set+json", "\"keys\""},
                new String[] {"/.well-known/did.json", "application/did+json", "\"assertionMethod\""},
                new String[] {"/api/v1/credentials/status/1", "application/vc+jwt", "eyJ"})) {
            Served<String> served = ServedFiles.fetch(
                    accept -> api().accept(accept).get(file[0]),
                    file[1],
                    bytes -> new String(bytes, StandardCharsets.UTF_8));
            assertThat(served.first().cacheControl()).isEqualTo("public, max-age=300");
            assertThat(served.first().etag()).isNotBlank();
            assertThat(served.read()).allSatisfy(read -> assertThat(read).contains(file[2]));
        }
    }

    @Test
    void aReportOpensAsAWordDocumentAsAPdfAndAsAWorkbook() {
        String admin = Tokens.admin();
        String yesterday =
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString();
        String docx = report(admin, Map.of("kind", "NOTICE", "format", "DOCX", "asOf", yesterday));
        Served<FileReaders.Docx> word = ServedFiles.fetch(
                accept -> api(admin).accept(accept).get(docx),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                FileReaders::docx);
        assertThat(word.first().disposition()).isEqualTo("attachment; filename=\"thong-bao-" + yesterday + ".docx\"");
        assertThat(word.first().etag()).isNotBlank();
        assertThat(word.read())
                .allSatisfy(doc -> assertThat(doc.text()).contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "KT. GIÁM ĐỐC"));

        String pdf = report(admin, Map.of("kind", "NOTICE", "format", "PDF", "asOf", yesterday));
        Served<FileReaders.Pdf> printable =
                ServedFiles.fetch(accept -> api(admin).accept(accept).get(pdf), "application/pdf", FileReaders::pdf);
        assertThat(printable.read()).allSatisfy(read -> {
            assertThat(read.fontsEmbedded()).isTrue();
            assertThat(read.text()).contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        });

        String xlsx = report(admin, Map.of("kind", "AGENCY_RESULTS", "format", "XLSX", "asOf", yesterday));
        Served<List<List<String>>> sheet =
                ServedFiles.fetch(accept -> api(admin).accept(accept).get(xlsx), XLSX, FileReaders::xlsx);
        assertThat(sheet.first().disposition()).endsWith("ket-qua-theo-co-quan-" + yesterday + ".xlsx\"");
        assertThat(sheet.read())
                .allSatisfy(rows -> assertThat(rows.get(2)).startsWith("Hạng", "Mã", "Tên cơ quan, đơn vị"));
    }

    /** Asks for a report, waits until it is made, and answers its file's address. */
    private static String report(String token, Map<String, Object> body) {
        String id = api(token)
                .body(body)
                .post("/api/v1/reports")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> api(token)
                                .get("/api/v1/reports/" + id)
                                .then()
                                .extract()
                                .<String>path("status"),
                        "DONE"::equals);
        return "/api/v1/reports/" + id + "/file";
    }

    @Test
    void everyOperationThatServesAFileIsSweptHere() throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
        TreeSet<String> fileOperations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext(); ) {
            for (Iterator<Map.Entry<String, JsonNode>> ops =
                            paths.next().getValue().fields();
                    ops.hasNext(); ) {
                JsonNode operation = ops.next().getValue();
                JsonNode ok = operation.path("responses").path("200");
                if (ok.has("$ref")) { // a shared response: #/components/responses/<name>
                    ok = contract.at(ok.get("$ref").asText().substring(1));
                }
                ok = ok.path("content");
                ok.fieldNames().forEachRemaining(type -> {
                    if (!type.equals("application/json")) {
                        fileOperations.add(operation.get("operationId").asText());
                    }
                });
            }
        }
        assertThat(fileOperations).isEqualTo(new TreeSet<>(SWEPT));
    }
}
