package vn.hocvuso.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Ids;
import vn.hocvuso.notification.NotificationViews.BulkPreview;
import vn.hocvuso.notification.NotificationViews.BulkSent;
import vn.hocvuso.stats.FollowUpService;
import vn.hocvuso.unit.Units;

/**
 * A unit manager's message to the people of a follow-up list (not enrolled, not finished, not passed):
 * first a preview with the count and the day's limit left, then the send with that count confirmed.
 * The send is one transaction: a lock per unit (so two sends cannot both pass the limit), the count again
 * (refused, 409, when it moved by more than {@code count-drift} or {@code count-tolerance} people), the
 * daily limit per unit (429 until midnight in Vietnam), the outbox rows for the whole list in one
 * statement (opted-out people left out; quiet hours and the throttle are the sender's), and the audit
 * record. Who may: checked by the resource (the unit's own managers).
 */
@ApplicationScoped
public class BulkMessages {

    public enum Status {
        NOT_ENROLLED,
        NOT_COMPLETED,
        NOT_PASSED
    }

    /** The templates a manager may pick (kinds of their own, so a person can opt out of them). */
    public enum BulkKind {
        BULK_INVITE,
        BULK_CONTINUE,
        BULK_TAKE_TEST;

        Kind kind() {
            return Kind.valueOf(name());
        }
    }

    public record BulkPreviewRequest(
            @NotNull Status status, @NotNull BulkKind kind) {}

    public record BulkSendRequest(
            @NotNull Status status,
            @NotNull BulkKind kind,
            @NotNull @Min(0) @Max(10_000_000) Long expectedRecipients) {}

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    // $1 unit, $2 course, $3 status, $4 and $5 NULL (no group or search filter), $6 start of today in Vietnam.
    private static final String COUNTS = "SELECT (SELECT count(*) " + FollowUpService.PEOPLE + """
            ) AS recipients,
            (SELECT coalesce(sum(b.recipients), 0) FROM bulk_message b WHERE b.unit_code = $1 AND b.created_at >= $6) AS sent_today
            """;

    // $6 bulk id (the dedupe key), $7 link, $8 now, $9 kind, $10 channels.
    private static final String SEND =
            """
            WITH picked AS (
              SELECT u.id AS user_id, $6::text AS dedupe,
                     jsonb_build_object('name', u.full_name, 'unit', (SELECT n.name FROM unit n WHERE n.code = $1),
                                        'link', $7::text) AS variables
            """ + FollowUpService.PEOPLE + ")" + Notifications.insertPicked("$8", "$9", "$10") + """
            SELECT (SELECT count(*) FROM picked) AS picked, (SELECT count(*) FROM queued) AS queued
            """;

    private final Pool pool;
    private final NotificationConfig config;
    private final Notifications notifications;
    private final FollowUpService followUp;
    private final AuditLog audit;
    private final Clock clock;

    public BulkMessages(
            Pool pool,
            NotificationConfig config,
            Notifications notifications,
            FollowUpService followUp,
            AuditLog audit,
            Clock clock) {
        this.pool = pool;
        this.config = config;
        this.notifications = notifications;
        this.followUp = followUp;
        this.audit = audit;
        this.clock = clock;
    }

    public Uni<BulkPreview> preview(String unitCode, Status status, Kind kind) {
        return Units.require(pool, unitCode)
                .chain(() -> counts(pool, unitCode, status))
                .map(c -> {
                    int limit = config.bulk().perUnitPerDay();
                    return new BulkPreview(
                            unitCode, status.name(), kind.name(), c[0], limit, c[1], Math.max(0, limit - c[1]));
                });
    }

    public Uni<BulkSent> send(UUID sender, String unitCode, Status status, Kind kind, long expected) {
        return pool.withTransaction(tx -> Units.require(tx, unitCode)
                .chain(() -> tx.preparedQuery("SELECT pg_advisory_xact_lock(hashtext('bulk_message:' || $1))")
                        .execute(Tuple.of(unitCode)))
                .chain(() -> counts(tx, unitCode, status))
                .chain(c -> {
                    long recipients = c[0];
                    long sentToday = c[1];
                    NotificationConfig.Bulk bulk = config.bulk();
                    long allowed = Math.max(bulk.countTolerance(), Math.round(expected * bulk.countDrift()));
                    if (Math.abs(recipients - expected) > allowed) {
                        throw new ApiException(StatusCode.CONFLICT, "bulk_count_changed", expected, recipients);
                    }
                    if (sentToday + recipients > bulk.perUnitPerDay()) {
                        throw ApiException.tooManyRequests(
                                "bulk_daily_limit",
                                secondsToMidnight(),
                                bulk.perUnitPerDay(),
                                Math.max(0, bulk.perUnitPerDay() - sentToday));
                    }
                    UUID id = Ids.newId();
                    OffsetDateTime now = now();
                    Tuple args = people(unitCode, status)
                            .addString(id.toString())
                            .addString(link(kind))
                            .addOffsetDateTime(now)
                            .addString(kind.name())
                            .addArrayOfString(notifications.channelNames(kind));
                    return tx.preparedQuery("""
                            INSERT INTO bulk_message (id, unit_code, sender_id, status_filter, kind, recipients, created_at)
                            VALUES ($1, $2, $3, $4, $5, $6, $7)
                            """)
                            .execute(Tuple.of(id, unitCode, sender, status.name(), kind.name(), (int) recipients)
                                    .addOffsetDateTime(now))
                            .chain(() -> tx.preparedQuery(SEND).execute(args))
                            .chain(rows -> {
                                Row r = rows.iterator().next();
                                long picked = r.getLong("picked");
                                long queued = r.getLong("queued");
                                Map<String, Object> details = new LinkedHashMap<>();
                                details.put("bulkMessageId", id.toString());
                                details.put("status", status.name());
                                details.put("kind", kind.name());
                                details.put("recipients", picked);
                                details.put("queued", queued);
                                long today = sentToday + recipients;
                                return audit.record(tx, sender, "notification.bulk.sent", "unit", unitCode, details)
                                        .replaceWith(new BulkSent(
                                                id,
                                                unitCode,
                                                status.name(),
                                                kind.name(),
                                                picked,
                                                queued,
                                                bulk.perUnitPerDay(),
                                                today,
                                                Math.max(0, bulk.perUnitPerDay() - today),
                                                now.toInstant()));
                            });
                }));
    }

    /** {people on the list now, people the unit messaged today}. */
    private Uni<long[]> counts(SqlClient client, String unitCode, Status status) {
        OffsetDateTime today = clock.instant()
                .atZone(VIETNAM)
                .toLocalDate()
                .atStartOfDay(VIETNAM)
                .toOffsetDateTime();
        return client.preparedQuery(COUNTS)
                .execute(people(unitCode, status).addOffsetDateTime(today))
                .map(rows -> {
                    Row r = rows.iterator().next();
                    return new long[] {r.getLong("recipients"), r.getLong("sent_today")};
                });
    }

    private Tuple people(String unitCode, Status status) {
        return Tuple.from(Arrays.asList(unitCode, followUp.courseId(), status.name(), null, null));
    }

    private String link(Kind kind) {
        String course = config.webBaseUrl().replaceAll("/+$", "") + "/khoa-hoc/" + followUp.courseId();
        return kind == Kind.BULK_TAKE_TEST ? course + "/kiem-tra" : course;
    }

    private int secondsToMidnight() {
        Instant now = clock.instant();
        Instant midnight = now.atZone(VIETNAM)
                .toLocalDate()
                .plusDays(1)
                .atStartOfDay(VIETNAM)
                .toInstant();
        return (int) Math.max(1, Duration.between(now, midnight).toSeconds());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
