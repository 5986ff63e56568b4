package vn.hocvuso.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.hocvuso.common.Texts;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.FileReaders;
import vn.hocvuso.testing.Places;
import vn.hocvuso.testing.ServiceAccounts;
import vn.hocvuso.testing.TableFiles;
import vn.hocvuso.testing.Tokens;

/** A unit's villages from a spreadsheet: a dry run with per-row problems, then all or nothing, audited. */
@QuarkusTest
class VillageImportTest {

    private static final String TINH_KHE = "21211";
    private static final String OTHER_UNIT = "21172";
    private static final String PATH = "/api/v1/imports/villages";

    private static ValidatableResponse send(String token, String path, String unitCode, String type, byte[] file) {
        var request = api(token).contentType(type).body(file);
        if (unitCode != null) {
            request.queryParam("unitCode", unitCode);
        }
        return request.post(path).then();
    }

    private static JsonPath csv(String token, String path, String unitCode, String text, int status) {
        return send(token, path, unitCode, "text/csv; charset=utf-8", text.getBytes(StandardCharsets.UTF_8))
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    /** The unit's village of that name (ignoring case and diacritics): its kind, or null when it has none. */
    private static String kindOf(String unitCode, String name) {
        return Database.queryString(
                "SELECT kind FROM village WHERE unit_code = ? AND search_key = vn_fold(?)", unitCode, name);
    }

    private static String audited(String action, Object villageId) {
        return Database.queryString(
                "SELECT count(*) FROM audit_event WHERE action = ? AND subject_id = ?", action, villageId.toString());
    }

    @Test
    void aManagersDryRunWritesNothingThenTheRealRunCreatesAndChangesKindsEachAudited() {
        String manager = Tokens.unitManager(TINH_KHE);
        String kept = Places.unique("Thôn Trường Thọ");
        long keptId = Places.village(TINH_KHE, kept);
        String created = Places.unique("Tổ dân phố Phú Hòa");
        // The unit from the page (no unit column); the existing name written without diacritics, in capitals.
        String file = "\uFEFFTên thôn/tổ dân phố;Loại\r\n"
                + Texts.fold(kept).toUpperCase() + ";tổ dân phố\r\n"
                + created + ";TDP\r\n";

        JsonPath dry = csv(manager, PATH + "/dry-run", TINH_KHE, file, 200);
        assertThat(dry.getBoolean("dryRun")).isTrue();
        assertThat(dry.getString("encoding")).isEqualTo("UTF-8 (BOM)");
        assertThat(dry.<String>getList("rows.outcome")).containsExactly("UPDATE", "CREATE");
        assertThat(dry.getLong("rows[0].id")).isEqualTo(keptId);
        assertThat(dry.getString("rows[0].name")).isEqualTo(kept);
        assertThat(kindOf(TINH_KHE, kept)).isEqualTo("THON");
        assertThat(kindOf(TINH_KHE, created)).isNull();

        JsonPath done = csv(manager, PATH, TINH_KHE, file, 200);
        assertThat(done.<String>getList("rows.outcome")).containsExactly("UPDATED", "CREATED");
        assertThat(done.getInt("created")).isEqualTo(1);
        assertThat(done.getInt("updated")).isEqualTo(1);
        assertThat(kindOf(TINH_KHE, kept)).isEqualTo("TO_DAN_PHO");
        assertThat(kindOf(TINH_KHE, created)).isEqualTo("TO_DAN_PHO");
        long createdId = done.getLong("rows[1].id");
        api(manager)
                .queryParam("q", created)
                .get("/api/v1/unit-villages/" + TINH_KHE)
                .then()
                .body("items[0].id", equalTo((int) createdId))
                .body("items[0].name", equalTo(created));
        assertThat(audited("village.updated", keptId)).isEqualTo("1");
        assertThat(audited("village.created", createdId)).isEqualTo("1");

        // The same file again changes nothing and audits nothing more.
        JsonPath again = csv(manager, PATH, TINH_KHE, file, 200);
        assertThat(again.<String>getList("rows.outcome")).containsOnly("UNCHANGED");
        assertThat(audited("village.updated", keptId)).isEqualTo("1");
    }

    @Test
    void wrongRowsAreNamedInVietnameseAndTheRealRunWritesNothing() {
        String manager = Tokens.unitManager(TINH_KHE);
        String closed = Places.unique("Thôn Đông Thuận");
        long closedId = Places.village(TINH_KHE, closed);
        Places.closeVillage(manager, TINH_KHE, closedId, Map.of("version", 0)).statusCode(200);
        String good = Places.unique("Thôn Kỳ Xuyên");
        String twice = Places.unique("Thôn An Vĩnh");
        String file = "Mã đơn vị,Tên thôn/tổ dân phố,Loại\r\n"
                + TINH_KHE + "," + good + ",thôn\r\n"
                + TINH_KHE + ",,thôn\r\n"
                + TINH_KHE + "," + Places.unique("Thôn Lạ") + ",xóm trại\r\n"
                + TINH_KHE + "," + twice + ",thôn\r\n"
                + TINH_KHE + "," + twice.toUpperCase() + ",thôn\r\n"
                + OTHER_UNIT + "," + Places.unique("Thôn Khác") + ",thôn\r\n"
                + TINH_KHE + "," + closed + ",thôn\r\n"
                + "99999," + Places.unique("Thôn Ma") + ",thôn\r\n";

        JsonPath dry = csv(manager, PATH + "/dry-run", null, file, 200);
        assertThat(dry.getInt("totalRows")).isEqualTo(8);
        assertThat(dry.getInt("errorRows")).isEqualTo(6);
        assertThat(dry.<Integer>getList("errors.line")).containsExactly(3, 4, 6, 7, 8, 9);
        assertThat(dry.<String>getList("errors.code"))
                .containsExactly(
                        "village_name_required",
                        "invalid_village_kind",
                        "duplicate_village_in_file",
                        "out_of_scope_unit",
                        "village_closed_not_reopened",
                        "unit_not_found");
        assertThat(dry.getString("errors[1].message"))
                .isEqualTo("Loại \"xóm trại\" không hợp lệ (dùng: thôn hoặc tổ dân phố).");
        assertThat(dry.getString("errors[2].message"))
                .isEqualTo("Trùng tên thôn, tổ dân phố (trong cùng xã, phường) với dòng 5 trong tệp.");
        assertThat(dry.getString("errors[4].message")).contains(closed).contains("không mở lại");

        send(manager, PATH, null, "text/csv", file.getBytes(StandardCharsets.UTF_8))
                .statusCode(400)
                .body("code", equalTo("import_has_errors"));
        assertThat(kindOf(TINH_KHE, good)).as("nothing written").isNull();
        assertThat(Database.queryString("SELECT closed_on IS NOT NULL FROM village WHERE id = ?", closedId))
                .as("still closed")
                .isEqualTo("t");

        // In English when asked.
        api(manager)
                .header("Accept-Language", "en")
                .contentType("text/csv")
                .body("Tên thôn/tổ dân phố,Loại\r\nThôn X,xóm trại\r\n".getBytes(StandardCharsets.UTF_8))
                .queryParam("unitCode", TINH_KHE)
                .post(PATH + "/dry-run")
                .then()
                .statusCode(200)
                .body("errors[0].message", equalTo("Kind \"xóm trại\" is not valid (use: thôn or tổ dân phố)."));
    }

    @Test
    void anAdministratorLoadsManyUnitsInOneFileAndRowsWithoutAUnitNeedOne() {
        String here = Places.unique("Thôn Hà Nhai");
        String there = Places.unique("Tổ dân phố 3");
        String fixed = "Mã đơn vị,Tên thôn,Loại\r\n"
                + TINH_KHE + "," + here + ",thôn\r\n"
                + OTHER_UNIT + "," + there + ",tổ dân phố\r\n";
        String file = fixed + "," + Places.unique("Thôn Không Xã") + ",thôn\r\n";
        JsonPath dry = csv(Tokens.admin(), PATH + "/dry-run", null, file, 200);
        assertThat(dry.<String>getList("errors.code")).containsExactly("unit_required");
        assertThat(dry.<Integer>getList("errors.line")).containsExactly(4);

        JsonPath done = csv(Tokens.admin(), PATH, null, fixed, 200);
        assertThat(done.<String>getList("rows.unitCode")).containsExactly(TINH_KHE, OTHER_UNIT);
        assertThat(kindOf(TINH_KHE, here)).isEqualTo("THON");
        assertThat(kindOf(OTHER_UNIT, there)).isEqualTo("TO_DAN_PHO");
    }

    @Test
    void theFilesExcelWritesReadAlike() throws Exception {
        String manager = Tokens.unitManager(TINH_KHE);
        String name = Places.unique("Thôn Phước Thiện");
        String text = "Tên thôn/tổ dân phố\tLoại\r\n" + name + "\tthôn\r\n";

        byte[] ansi = TableFiles.cp1258(text.replace('\t', ','));
        send(manager, PATH + "/dry-run", TINH_KHE, "text/csv", ansi)
                .statusCode(200)
                .body("encoding", equalTo("windows-1258"))
                .body("rows[0].name", equalTo(name))
                .body("rows[0].outcome", equalTo("CREATE"));

        byte[] unicode = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        send(manager, PATH + "/dry-run", TINH_KHE, "text/plain", unicode)
                .statusCode(200)
                .body("encoding", equalTo("UTF-16 (BOM)"))
                .body("rows[0].name", equalTo(name));

        byte[] xlsx = TableFiles.xlsx(
                List.of("Mã đơn vị", "Tên thôn/tổ dân phố", "Loại"), List.of(List.of(21211L, name, "Thôn")));
        send(manager, PATH, null, TableFiles.XLSX_TYPE, xlsx)
                .statusCode(200)
                .body("encoding", equalTo("xlsx"))
                .body("rows[0].outcome", equalTo("CREATED"));
        assertThat(kindOf(TINH_KHE, name)).isEqualTo("THON");
    }

    @Test
    void theSameKeyReplaysTheFirstAnswerAndCreatesOnce() {
        String manager = Tokens.unitManager(TINH_KHE);
        String name = Places.unique("Thôn Mỹ Lại");
        byte[] file = ("Tên thôn/tổ dân phố,Loại\r\n" + name + ",thôn\r\n").getBytes(StandardCharsets.UTF_8);
        String key = UUID.randomUUID().toString();
        Supplier<ValidatableResponse> post = () -> api(manager)
                .header("Idempotency-Key", key)
                .queryParam("unitCode", TINH_KHE)
                .contentType("text/csv")
                .body(file)
                .post(PATH)
                .then()
                .statusCode(200)
                .body("rows[0].outcome", equalTo("CREATED"));
        Number first = post.get().extract().path("rows[0].id");
        post.get().header("Idempotent-Replayed", "true").body("rows[0].id", equalTo(first));
        assertThat(Database.queryString(
                        "SELECT count(*) FROM village WHERE unit_code = ? AND search_key = vn_fold(?)", TINH_KHE, name))
                .isEqualTo("1");
    }

    @Test
    void onlyAdministratorsAndTheUnitsManagersImport() {
        byte[] file = "Tên thôn/tổ dân phố,Loại\r\nThôn A,thôn\r\n".getBytes(StandardCharsets.UTF_8);
        api().contentType("text/csv").body(file).post(PATH + "/dry-run").then().statusCode(401);
        for (String token : List.of(
                Tokens.agencyManager(1L),
                Tokens.learner(UUID.randomUUID()),
                ServiceAccounts.tokenWith("denominators:write"))) {
            send(token, PATH + "/dry-run", TINH_KHE, "text/csv", file).statusCode(403);
            send(token, PATH, TINH_KHE, "text/csv", file).statusCode(403);
        }
        // Another unit's manager may not name this unit for the file's rows.
        send(Tokens.unitManager(OTHER_UNIT), PATH, TINH_KHE, "text/csv", file)
                .statusCode(403)
                .body("code", equalTo("forbidden"));
    }

    @Test
    void theTemplateHasTheColumnsAsCsvAndAsAWorkbook() {
        byte[] csv = api().get(PATH + "/template")
                .then()
                .statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\"mau-thon-to-dan-pho.csv\""))
                .extract()
                .asByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFFMã đơn vị,Tên thôn/tổ dân phố,Loại\r\n");
        byte[] xlsx = api().queryParam("format", "xlsx")
                .get(PATH + "/template")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(FileReaders.xlsx(xlsx).get(0)).containsExactly("Mã đơn vị", "Tên thôn/tổ dân phố", "Loại");
    }
}
