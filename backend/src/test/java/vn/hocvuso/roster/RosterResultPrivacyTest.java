package vn.hocvuso.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.hocvuso.common.Secrets;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.FileReaders;
import vn.hocvuso.testing.Rosters;
import vn.hocvuso.testing.Tokens;

/** The roster result file carries names, phones and one-time codes: who reads it, and what the database keeps. */
@QuarkusTest
class RosterResultPrivacyTest {

    private static final String ROSTERS = Rosters.IMPORTS;

    private static String phone() {
        return "085" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** Uploads the rows and waits for their import to finish; the import's id. */
    private static String imported(String token, String rows) {
        byte[] file = (Rosters.HEADER + "\r\n" + rows).getBytes(StandardCharsets.UTF_8);
        String id = Rosters.upload(token, "text/csv; charset=utf-8", file);
        Rosters.awaitDone(token, id);
        return id;
    }

    private static List<List<String>> result(String token, String id) {
        byte[] csv = Rosters.result(token, id).asByteArray();
        return FileReaders.csv(csv).rows();
    }

    @Test
    void claimCodesAreKeptOnlyAsHashesYetShownToTheUploaderUntilUsedOrExpired() {
        UUID adminId = UUID.randomUUID();
        String admin = Tokens.token(adminId, Set.of("LEARNER", "ADMIN"), List.of(), List.of());
        String first = phone();
        String second = phone();
        String id = imported(
                admin,
                Rosters.row("Võ Thị Băm", first, "21211", "", "H-" + first)
                        + Rosters.row("Huỳnh Văn Hết Hạn", second, "21211", "", "H-" + second));

        List<List<String>> lines = result(admin, id);
        String code = lines.get(1).get(9);
        String expiring = lines.get(2).get(9);
        assertThat(code).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(expiring).matches("[0-9A-Z]{5}-[0-9A-Z]{5}").isNotEqualTo(code);
        // The same codes on every download while they are unused.
        assertThat(result(admin, id).get(1).get(9)).isEqualTo(code);

        // Nowhere in the database in plain text; only its SHA-256 in account_claim.
        String plain = code.replace("-", "");
        for (String table : List.of("roster_import_row", "roster_import", "account_claim", "audit_event", "app_user")) {
            assertThat(Database.queryString(
                            "SELECT count(*) FROM " + table + " t WHERE row_to_json(t)::text LIKE ?",
                            "%" + plain + "%"))
                    .as(table)
                    .isEqualTo("0");
        }
        String sha = HexFormat.of().formatHex(Secrets.sha256(plain));
        assertThat(Database.queryString("""
                SELECT encode(c.code_hash, 'hex') FROM account_claim c JOIN app_user u ON u.id = c.user_id WHERE u.phone = ?
                """, "+84" + first.substring(1))).isEqualTo(sha);

        // Expired: the code is deleted, no longer shown, and opens nothing.
        Database.execute("""
                UPDATE account_claim SET expires_at = now() - interval '1 day'
                WHERE user_id = (SELECT id FROM app_user WHERE phone = ?)
                """, "+84" + second.substring(1));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> Database.queryString(
                                "SELECT count(*) FROM account_claim c JOIN app_user u ON u.id = c.user_id WHERE u.phone = ?",
                                "+84" + second.substring(1)),
                        "0"::equals);
        assertThat(result(admin, id).get(2).get(9)).isEmpty();
        api().body(Map.of("login", second, "code", expiring, "password", "kich-hoat-2026!"))
                .post("/api/v1/auth/claim")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_claim_code"));

        // Used: no longer shown.
        api().body(Map.of("login", first, "code", code, "password", "kich-hoat-2026!"))
                .post("/api/v1/auth/claim")
                .then()
                .statusCode(204);
        assertThat(result(admin, id).get(1).get(9)).isEmpty();

        // Every download of the file (names, phones, codes) is in the audit trail, with who downloaded it.
        assertThat(Database.queryString("""
                SELECT count(*) FROM audit_event WHERE action = 'ROSTER_RESULT_DOWNLOADED' AND subject_id = ? AND actor_id = ?::uuid
                """, id, adminId.toString())).isEqualTo("4");
    }

    @Test
    void uploadedCellsThatASpreadsheetWouldRunAsFormulasAreNeutralisedInTheResultFile() {
        String admin = Tokens.admin();
        String number = phone();
        String id = imported(
                admin,
                "\"＝HYPERLINK(\"\"https://x.invalid\"\",\"\"bấm\"\")\"," + number
                        + ",\"@SUM(1+1)\",21211,\"\t=1+2\",\"－1+2\"\r\n");
        List<String> row = result(admin, id).get(1);
        assertThat(row.get(1)).isEqualTo("'＝HYPERLINK(\"https://x.invalid\",\"bấm\")");
        assertThat(row.get(3)).isEqualTo("'@SUM(1+1)");
        assertThat(row.get(5)).isEqualTo("'\t=1+2");
        assertThat(row.get(6)).isEqualTo("'－1+2");
        // A phone number stays a number.
        assertThat(row.get(2)).isEqualTo(number);
    }
}
