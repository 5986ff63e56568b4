package vn.hocvuso.certificate;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.WebAppConfig;
import vn.hocvuso.notification.Kind;
import vn.hocvuso.notification.Notifications;
import vn.hocvuso.stats.LearningFacts;

/**
 * Issues the certificate of an enrolment whose final test was just passed, in the transaction that
 * graded it: exactly one per enrolment however many submits race (a unique index), with the holder's
 * name, unit and course title copied as they are today, a {@code CERTIFIED} fact, an audit record and
 * a message to the learner through the notifications' outbox.
 */
@ApplicationScoped
public class CertificateIssuer {

    private final LearningFacts facts;
    private final AuditLog audit;
    private final Notifications notifications;
    private final WebAppConfig web;

    public CertificateIssuer(LearningFacts facts, AuditLog audit, Notifications notifications, WebAppConfig web) {
        this.facts = facts;
        this.audit = audit;
        this.notifications = notifications;
        this.web = web;
    }

    public Uni<Void> issue(
            SqlConnection tx,
            LearningFacts.Learner learner,
            UUID enrollmentId,
            UUID courseId,
            UUID attemptId,
            int score) {
        String code = CertificateCodes.newCode();
        return tx.preparedQuery("""
                INSERT INTO certificate (id, code, enrollment_id, user_id, course_id, attempt_id, holder_name, unit_code,
                                         unit_name, course_title, score_percent)
                SELECT $1, $2, $3, u.id, c.id, $5, u.full_name, un.code, un.name, c.title, $6
                FROM app_user u JOIN unit un ON un.code = u.unit_code JOIN course c ON c.id = $4
                WHERE u.id = $7
                ON CONFLICT (enrollment_id) DO NOTHING
                RETURNING id, holder_name, course_title
                """)
                .execute(Tuple.of(Ids.newId(), code, enrollmentId, courseId, attemptId, score)
                        .addUUID(learner.userId()))
                .chain(inserted -> {
                    if (inserted.size() == 0) {
                        return Uni.createFrom().voidItem(); // issued already: exactly one per enrolment
                    }
                    Row issued = inserted.iterator().next();
                    UUID certificateId = issued.getUUID("id");
                    // The learner hears of it (in-app, e-mail, Zalo or SMS) from the outbox, once per certificate.
                    Map<String, String> message = Map.of(
                            "name",
                            issued.getString("holder_name"),
                            "course",
                            issued.getString("course_title"),
                            "code",
                            code,
                            "link",
                            verifyUrl(web, code));
                    return facts.record(
                                    tx, LearningFacts.Kind.CERTIFIED, learner, courseId, enrollmentId, certificateId)
                            .chain(() -> audit.record(
                                    tx,
                                    learner.userId(),
                                    "certificate.issued",
                                    "certificate",
                                    code,
                                    Map.of("enrollmentId", enrollmentId.toString(), "scorePercent", score)))
                            .chain(() -> notifications.toPerson(
                                    tx, learner.userId(), Kind.CERTIFICATE_ISSUED, message, code));
                });
    }

    /** Where anyone verifies the certificate: the web app's page of its code (also the QR code's content). */
    public static String verifyUrl(WebAppConfig web, String code) {
        return web.verifyBaseUrl().replaceAll("/+$", "") + "/chung-nhan/" + code;
    }
}
