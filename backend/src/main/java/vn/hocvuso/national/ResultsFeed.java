package vn.hocvuso.national;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.certificate.CertificateIssuer;
import vn.hocvuso.common.Spreadsheet;
import vn.hocvuso.common.WebAppConfig;
import vn.hocvuso.security.Reach;

/**
 * The portal's certificates as the national platform takes them: a feed of changes in the order they were committed
 * ({@code V130}), each certificate in its latest state, read a page at a time from a {@link ResultsCursor}. Without a
 * cursor it is the full export; with the cursor of the previous page, what was issued or revoked since. A certificate
 * revoked after a reader's cursor comes again, as {@code REVOKED}. Only the portal's own certificates: results imported
 * from the national platform ({@link NationalImport}) go back to no one.
 *
 * <p>Who the holder is, for the national platform: the name on the certificate, the account's phone in E.164 (the
 * national platform's accounts, like VNeID's, are keyed by phone; a masked one would match no one), the unit and its
 * code. The portal keeps no date of birth and no citizen id, so none is sent. Personal data: each page served is
 * written to the audit log with the caller, the cursor and how many results it carried.
 */
@ApplicationScoped
public class ResultsFeed {

    public static final String JSON_LINES = "application/x-ndjson";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** One result, one line of the JSON Lines export and one row of the CSV (the same names as its header). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Result(
            String credentialId,
            String status,
            String fullName,
            String phone,
            String unitCode,
            String unitName,
            String learnerGroup,
            UUID courseId,
            String courseTitle,
            LocalDate issuedOn,
            OffsetDateTime issuedAt,
            LocalDate revokedOn,
            OffsetDateTime revokedAt,
            String verifyUrl) {

        List<Object> cells() {
            return Arrays.asList(
                    credentialId,
                    status,
                    fullName,
                    phone,
                    unitCode,
                    unitName,
                    learnerGroup,
                    courseId,
                    courseTitle,
                    issuedOn,
                    issuedAt,
                    revokedOn,
                    revokedAt,
                    verifyUrl);
        }
    }

    /** The CSV's header: the JSON names, in the record's order. */
    static final List<String> HEADER = Arrays.stream(Result.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    /** A page of the feed: its results, the cursor after its last one, and whether more were waiting. */
    public record Page(List<Result> results, ResultsCursor next, boolean more) {}

    // A service account limited to units or agencies reads the results of the learners who are in them now (as
    // every other read of learners; V135 moves a mover's results to the end of the feed, so that their new unit
    // receives them); an unverified phone is only what someone typed, so it is not sent.
    // The feed's order is (change_xid, code); rows of a transaction still running, or of one that started after the
    // oldest one still running, are not read yet: they may commit after rows this page would put before them.
    private static final String PAGE = """
            SELECT c.code, c.change_xid::text AS xid, c.holder_name,
                   CASE WHEN u.phone_unverified THEN NULL ELSE u.phone END AS phone, c.unit_code, c.unit_name, u.learner_group,
                   c.course_id, c.course_title, c.issued_at, c.revoked_at
            FROM certificate c JOIN app_user u ON u.id = c.user_id
            WHERE c.source = 'PORTAL'
              AND (c.change_xid, c.code) > ($1::text::xid8, $2)
              AND c.change_xid < pg_snapshot_xmin(pg_current_snapshot())
              AND ($3 OR u.unit_code = ANY ($4) OR u.agency_id = ANY ($5))
            ORDER BY c.change_xid, c.code
            LIMIT $6
            """;

    private final Pool pool;
    private final AuditLog audit;
    private final WebAppConfig web;
    private final ObjectMapper json;

    public ResultsFeed(Pool pool, AuditLog audit, WebAppConfig web, ObjectMapper json) {
        this.pool = pool;
        this.audit = audit;
        this.web = web;
        this.json = json;
    }

    /** Up to {@code limit} results after {@code since}, within {@code reach}; the read audited in the same transaction. */
    public Uni<Page> page(UUID reader, Reach reach, ResultsCursor since, int limit, String format) {
        Tuple args = Tuple.tuple()
                .addString(Long.toUnsignedString(since.xid()))
                .addString(since.code())
                .addBoolean(reach.everything())
                .addArrayOfString(reach.units().toArray(String[]::new))
                .addArrayOfLong(reach.agencies().toArray(Long[]::new))
                .addInteger(limit + 1);
        return pool.withTransaction(tx -> tx.preparedQuery(PAGE).execute(args).chain(rows -> {
            List<Result> results = new ArrayList<>();
            ResultsCursor next = since;
            boolean more = false;
            for (Row row : rows) {
                if (results.size() == limit) {
                    more = true;
                    break;
                }
                results.add(result(row));
                next = new ResultsCursor(Long.parseUnsignedLong(row.getString("xid")), row.getString("code"));
            }
            Page page = new Page(results, next, more);
            Map<String, Object> details = new HashMap<>();
            details.put("since", since.equals(ResultsCursor.START) ? null : since.encode());
            details.put("next", next.encode());
            details.put("results", results.size());
            details.put("format", format);
            return audit.record(tx, reader, "national_results.exported", "national_results", "feed", details)
                    .replaceWith(page);
        }));
    }

    private Result result(Row row) {
        String code = row.getString("code");
        OffsetDateTime issued = row.getOffsetDateTime("issued_at");
        OffsetDateTime revoked = row.getOffsetDateTime("revoked_at");
        return new Result(
                code,
                revoked == null ? "VALID" : "REVOKED",
                row.getString("holder_name"),
                row.getString("phone"),
                row.getString("unit_code"),
                row.getString("unit_name"),
                row.getString("learner_group"),
                row.getUUID("course_id"),
                row.getString("course_title"),
                issued.atZoneSameInstant(VIETNAM).toLocalDate(),
                issued,
                revoked == null ? null : revoked.atZoneSameInstant(VIETNAM).toLocalDate(),
                revoked,
                CertificateIssuer.verifyUrl(web, code));
    }

    /** JSON Lines (RFC 8259 objects, one per line, each ending in LF): an empty page is an empty body. */
    byte[] jsonLines(List<Result> results) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Result r : results) {
                out.write(json.writeValueAsBytes(r));
                out.write('\n');
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The same results as the one CSV writer writes tables (UTF-8 with a byte-order mark, CRLF). */
    static byte[] csv(List<Result> results) {
        return Spreadsheet.csv(HEADER, results.stream().map(Result::cells).toList());
    }
}
