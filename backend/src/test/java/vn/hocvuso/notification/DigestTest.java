package vn.hocvuso.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Api.read;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.NotificationPeers;
import vn.hocvuso.testing.Tokens;

/**
 * The weekly digest: a unit manager hears, in the app and by e-mail, where the unit stands against its
 * target, the pace per week still needed, how many people are on the follow-up list, and where the list
 * is; once a week.
 */
@QuarkusTest
class DigestTest extends AtTenInTheMorning {

    GreenMail mail;

    @Test
    void aUnitManagerGetsTheWeeksFiguresAndTheFollowUpCountOnceAWeek() throws Exception {
        String unitCode = BulkMessageTest.unit(5);
        String unitName = Database.queryString("SELECT name FROM unit WHERE code = ?", unitCode);
        BulkMessageTest.learnerIn(unitCode);
        Map<String, Object> registration = Learners.registration();
        String email = "can.bo." + System.nanoTime() + "@example.invalid";
        registration.put("email", email);
        registration.put("unitCode", unitCode);
        registration.put("fullName", "Phạm Văn Quản");
        UUID manager = Learners.register(registration);
        api(Tokens.admin())
                .body(Map.of("role", "UNIT_MANAGER", "unitCode", unitCode))
                .post("/api/v1/admin/users/" + manager + "/roles")
                .then()
                .statusCode(201);

        Outbox.run("digests");
        long onTheList = read(Tokens.unitManager(unitCode), "/api/v1/stats/units/" + unitCode + "/learners")
                .getLong("totalItems");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "EMAIL:SENT -,IN_APP:SENT -".equals(Outbox.rows(manager, "MANAGER_DIGEST")));
        String token = (String) Learners.login(email, Learners.PASSWORD).get("accessToken");
        Map<String, String> digest = api(token)
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.kind == 'MANAGER_DIGEST' }");
        assertThat(digest.get("subject"))
                .isEqualTo("Tình hình tuần này của " + unitName + ": " + onTheList + " người cần hỗ trợ");
        assertThat(digest.get("body"))
                .startsWith("Chào Phạm Văn Quản, tình hình của " + unitName + " (số liệu lúc ")
                // the seeded EACH_UNIT target, with where it stands and the pace it needs
                .containsPattern(
                        "- Ít nhất 80% người dân trong độ tuổi trưởng thành của mỗi xã, phường, đặc khu tham gia khóa học: .* "
                                + "\\(mục tiêu 80%, hạn 31/12/2025\\): ")
                .contains(onTheList + " người chưa có Giấy chứng nhận")
                .endsWith("/quan-ly/don-vi/" + unitCode + "/hoc-vien");

        await().atMost(Duration.ofSeconds(20)).until(() -> NotificationPeers.mailTo(mail, email).length == 1);
        MimeMessage message = NotificationPeers.mailTo(mail, email)[0];
        assertThat(message.getSubject()).startsWith("Tình hình tuần này của " + unitName);
        assertThat(message.getContent().toString()).contains("/quan-ly/don-vi/" + unitCode + "/hoc-vien");

        // Later the same week: nothing more. The next week: the next digest.
        // One digest per ISO week in Vietnam: from a Sunday's 10:00 a day later is the next week, 18:00 is not.
        boolean sunday = clock.instant().atZone(Outbox.VIETNAM).getDayOfWeek() == DayOfWeek.SUNDAY;
        clock.advance(sunday ? Duration.ofHours(8) : Duration.ofDays(1));
        Outbox.run("digests");
        assertThat(Outbox.count(manager, "MANAGER_DIGEST")).isEqualTo(2);
        clock.advance(Duration.ofDays(7));
        Outbox.run("digests");
        assertThat(Outbox.count(manager, "MANAGER_DIGEST")).isEqualTo(4);
    }
}
