package vn.hocvuso.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Api.read;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Tokens;

/**
 * A unit manager's message to a follow-up list: the count first, then the send with that count
 * confirmed; refused when the list moved or the unit's daily limit would be passed; audited; only for
 * the manager's own unit; opted-out people left out.
 */
@QuarkusTest
class BulkMessageTest extends AtTenInTheMorning {

    /** A unit few other tests use (the last ones by code), so that its list is mostly this test's people. */
    static String unit(int fromTheEnd) {
        return Database.queryString("SELECT code FROM unit ORDER BY code DESC OFFSET ? LIMIT 1", fromTheEnd);
    }

    static Learners.Session learnerIn(String unitCode) {
        Map<String, Object> body = Learners.registration();
        body.put("unitCode", unitCode);
        UUID id = Learners.register(body);
        String token = (String)
                Learners.login((String) body.get("phone"), Learners.PASSWORD).get("accessToken");
        return new Learners.Session(id, (String) body.get("phone"), token, null);
    }

    private static String messages(String unitCode) {
        return "/api/v1/stats/units/" + unitCode + "/learners/messages";
    }

    private static long listed(String token, String unitCode, String status) {
        return read(token, "/api/v1/stats/units/" + unitCode + "/learners?status=" + status)
                .getLong("totalItems");
    }

    @Test
    void aManagerPreviewsTheCountThenSendsToTheListWithoutTheOptedOut() {
        String unitCode = unit(1);
        String manager = Tokens.unitManager(unitCode);
        List<Learners.Session> people = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            people.add(learnerIn(unitCode));
        }
        Learners.Session quiet = people.get(2);
        OptOuts.put(quiet.accessToken(), List.of(OptOuts.of("BULK_INVITE", "SMS")))
                .statusCode(200);

        JsonPath preview = previewInvitation(manager, unitCode);
        long count = preview.getLong("recipients");
        assertThat(count).isEqualTo(listed(manager, unitCode, "NOT_ENROLLED")).isGreaterThanOrEqualTo(3);
        assertThat(preview.getInt("dailyLimit")).isEqualTo(2000);
        assertThat(preview.getLong("remainingToday")).isEqualTo(2000 - preview.getLong("sentToday"));

        // The list grew by more than the tolerance since the count was shown: confirm again.
        api(manager)
                .body(Map.of("status", "NOT_ENROLLED", "kind", "BULK_INVITE", "expectedRecipients", count + 20))
                .post(messages(unitCode))
                .then()
                .statusCode(409)
                .body("code", is("bulk_count_changed"));

        JsonPath sent = api(manager)
                .body(Map.of("status", "NOT_ENROLLED", "kind", "BULK_INVITE", "expectedRecipients", count))
                .post(messages(unitCode))
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();
        assertThat(sent.getLong("recipients")).isEqualTo(count);
        assertThat(sent.getLong("sentToday")).isEqualTo(preview.getLong("sentToday") + count);
        String id = sent.getString("id");

        for (Learners.Session person : people.subList(0, 2)) {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> "IN_APP:SENT -,SMS:SENT -".equals(Outbox.rows(person.id(), "BULK_INVITE")));
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "IN_APP:SENT -".equals(Outbox.rows(quiet.id(), "BULK_INVITE")));
        String inbox = api(people.get(0).accessToken())
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.kind == 'BULK_INVITE' }.body");
        String unitName = Database.queryString("SELECT name FROM unit WHERE code = ?", unitCode);
        assertThat(inbox).startsWith("Chào Nguyễn Thị Hoa, " + unitName + " mời bạn tham gia khóa học kỹ năng số");

        // Audited, with what was sent and to how many.
        assertThat(Database.queryString("""
                SELECT details ->> 'status' || ' ' || (details ->> 'kind') || ' ' || (details ->> 'recipients')
                FROM audit_event WHERE action = 'notification.bulk.sent' AND subject_id = ? AND details ->> 'bulkMessageId' = ?
                """, unitCode, id)).isEqualTo("NOT_ENROLLED BULK_INVITE " + count);
    }

    @Test
    void theUnitsDailyLimitRefusesASendThatWouldPassIt() {
        String unitCode = unit(2);
        String manager = Tokens.unitManager(unitCode);
        learnerIn(unitCode);
        learnerIn(unitCode);
        // Earlier today the unit messaged all but one person of its limit.
        Database.execute(
                """
                INSERT INTO bulk_message (id, unit_code, sender_id, status_filter, kind, recipients, created_at)
                VALUES (gen_random_uuid(), ?, gen_random_uuid(), 'NOT_ENROLLED', 'BULK_INVITE',
                        greatest(0, 1999 - (SELECT coalesce(sum(recipients), 0) FROM bulk_message
                                            WHERE unit_code = ? AND created_at >= ?::timestamptz)), ?::timestamptz)
                """,
                unitCode,
                unitCode,
                clock.instant()
                        .atZone(Outbox.VIETNAM)
                        .toLocalDate()
                        .atStartOfDay(Outbox.VIETNAM)
                        .toInstant()
                        .toString(),
                clock.instant().toString());

        JsonPath preview = previewInvitation(manager, unitCode);
        assertThat(preview.getLong("remainingToday")).isEqualTo(1);
        api(manager)
                .body(Map.of(
                        "status",
                        "NOT_ENROLLED",
                        "kind",
                        "BULK_INVITE",
                        "expectedRecipients",
                        preview.getLong("recipients")))
                .post(messages(unitCode))
                .then()
                .statusCode(429)
                .body("code", is("bulk_daily_limit"))
                .header("Retry-After", notNullValue());
    }

    @Test
    void onlyTheUnitsOwnManagersMayMessageItsPeople() {
        String unitCode = unit(3);
        Map<String, Object> preview = Map.of("status", "NOT_PASSED", "kind", "BULK_TAKE_TEST");
        api(Tokens.unitManager(unit(4)))
                .body(preview)
                .post(messages(unitCode) + "/preview")
                .then()
                .statusCode(403);
        api(Tokens.unitManager(unit(4)))
                .body(Map.of("status", "NOT_PASSED", "kind", "BULK_TAKE_TEST", "expectedRecipients", 0))
                .post(messages(unitCode))
                .then()
                .statusCode(403);
        // Its own manager: the count.
        api(Tokens.unitManager(unitCode))
                .body(preview)
                .post(messages(unitCode) + "/preview")
                .then()
                .statusCode(200)
                .body("recipients", is((int) listed(Tokens.unitManager(unitCode), unitCode, "NOT_PASSED")));
        // A filter or a template that does not exist is a 400 naming the field.
        api(Tokens.unitManager(unitCode))
                .body(Map.of("status", "NOT_CERTIFIED", "kind", "BULK_TAKE_TEST"))
                .post(messages(unitCode) + "/preview")
                .then()
                .statusCode(400);
        api(Tokens.unitManager(unitCode))
                .body(Map.of("status", "NOT_PASSED", "kind", "PASSWORD_RESET_CODE"))
                .post(messages(unitCode) + "/preview")
                .then()
                .statusCode(400);
        api(Tokens.unitManager(unitCode))
                .body(Map.of("status", "NOT_PASSED", "kind", "BULK_TAKE_TEST"))
                .post(messages(unitCode))
                .then()
                .statusCode(400)
                .body("violations.size()", greaterThan(0));
    }

    /** The count an invitation to everyone not enrolled would reach, as the manager's page shows it before sending. */
    private static JsonPath previewInvitation(String manager, String unitCode) {
        return api(manager)
                .body(Map.of("status", "NOT_ENROLLED", "kind", "BULK_INVITE"))
                .post(messages(unitCode) + "/preview")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
