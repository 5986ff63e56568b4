package vn.hocvuso.certificate;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.certificate.CertificateViews.CertificateRecord;
import vn.hocvuso.certificate.CertificateViews.MyCertificate;
import vn.hocvuso.certificate.CertificateViews.Source;
import vn.hocvuso.certificate.CertificateViews.Status;
import vn.hocvuso.certificate.CertificateViews.Verification;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Download;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Rows;
import vn.hocvuso.common.WebAppConfig;
import vn.hocvuso.enrollment.Enrollments;
import vn.hocvuso.province.Provinces;
import vn.hocvuso.stats.LearningFacts;

/** Reading, verifying, rendering and revoking certificates. They are issued by
 * {@link CertificateIssuer} when the final test is passed. */
@ApplicationScoped
public class CertificateService {

    static final String PDF = "application/pdf";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String COLUMNS = """
            SELECT c.code, c.user_id, c.course_id, c.enrollment_id, c.holder_name, c.unit_code, c.unit_name,
                   c.course_title, c.score_percent, c.issued_at, c.revoked_at, c.revoked_reason, c.source, c.external_id
            FROM certificate c
            """;
    /** The same with the province that issued it: the unit's, as on the day it is printed (units do not move). */
    private static final String WITH_PROVINCE = COLUMNS.replace("FROM certificate c", ", " + Provinces.COLUMNS + """
            FROM certificate c
            JOIN unit u ON u.code = c.unit_code
            JOIN province p ON p.code = u.province_code
            """);

    private final Pool pool;
    private final Vertx vertx;
    private final CertificatePdf pdf;
    private final WebAppConfig web;
    private final Enrollments enrollments;
    private final LearningFacts facts;
    private final AuditLog audit;

    public CertificateService(
            Pool pool,
            Vertx vertx,
            CertificatePdf pdf,
            WebAppConfig web,
            Enrollments enrollments,
            LearningFacts facts,
            AuditLog audit) {
        this.pool = pool;
        this.vertx = vertx;
        this.pdf = pdf;
        this.web = web;
        this.enrollments = enrollments;
        this.facts = facts;
        this.audit = audit;
    }

    public Uni<Page<MyCertificate>> mine(UUID userId, PageRequest page) {
        return pool.preparedQuery("SELECT count(*) FROM certificate WHERE user_id = $1")
                .execute(Tuple.of(userId))
                .chain(count -> pool.preparedQuery(
                                COLUMNS + " WHERE c.user_id = $1 ORDER BY c.issued_at DESC LIMIT $2 OFFSET $3")
                        .execute(Tuple.of(userId, page.size, page.offset()))
                        .map(rows -> Rows.page(count, rows, page, this::myCertificate)));
    }

    private MyCertificate myCertificate(Row row) {
        String code = row.getString("code");
        Source source = source(row);
        return new MyCertificate(
                code,
                status(row),
                row.getUUID("course_id"),
                row.getString("course_title"),
                row.getString("holder_name"),
                row.getString("unit_name"),
                row.getInteger("score_percent"),
                row.getOffsetDateTime("issued_at"),
                row.getOffsetDateTime("revoked_at"),
                verifyUrl(code),
                source == Source.PORTAL ? "/api/v1/certificates/" + code + "/pdf" : null,
                source,
                row.getString("external_id"),
                source == Source.PORTAL ? "/api/v1/me/certificates/" + code + "/credential" : null);
    }

    public Uni<Verification> verify(String typedCode) {
        return find(typedCode)
                .map(row -> new Verification(
                        row.getString("code"),
                        status(row),
                        row.getString("holder_name"),
                        row.getString("course_title"),
                        row.getOffsetDateTime("issued_at"),
                        row.getOffsetDateTime("revoked_at"),
                        source(row)));
    }

    /**
     * The PDF as a {@link Download}, versioned by code and status ({@link CertificatePdf#version}). A client that
     * already holds this version (its {@code If-None-Match}) gets an answer without a body, and nothing is rendered;
     * otherwise the PDF comes from the cache, or is rendered on a worker thread: it is CPU work and must never hold
     * the event loop. The status is read from the database on every request, so no replica serves a revoked
     * certificate as valid.
     */
    public Uni<Download> pdf(String typedCode, String ifNoneMatch) {
        return find(WITH_PROVINCE, typedCode).chain(row -> {
            if (source(row) != Source.PORTAL) {
                // Earned on the national platform: its certificate is the national platform's to print.
                throw ApiException.notFound("certificate_issued_elsewhere");
            }
            String code = row.getString("code");
            CertificatePdf.Data data = new CertificatePdf.Data(
                    code,
                    row.getString("holder_name"),
                    row.getString("unit_name"),
                    row.getString("course_title"),
                    row.getOffsetDateTime("issued_at")
                            .atZoneSameInstant(VIETNAM)
                            .toLocalDate(),
                    verifyUrl(code),
                    row.getOffsetDateTime("revoked_at") != null,
                    Provinces.province(row));
            String version = CertificatePdf.version(data);
            String fileName = "chung-nhan-" + code + ".pdf";
            if (Download.unchanged(ifNoneMatch, version)) {
                return Uni.createFrom().item(Download.alreadyHeld(PDF, true, fileName, version));
            }
            return vertx.executeBlocking(Uni.createFrom().item(() -> pdf.render(data)), false)
                    .map(bytes -> Download.inline(bytes, PDF, fileName).versioned(version));
        });
    }

    public Uni<CertificateRecord> revoke(UUID actorId, String typedCode, String reason) {
        String code =
                CertificateCodes.normalize(typedCode).orElseThrow(() -> ApiException.notFound("certificate_not_found"));
        return pool.withTransaction(tx -> tx.preparedQuery(COLUMNS + " WHERE c.code = $1 FOR UPDATE")
                .execute(Tuple.of(code))
                .chain(rows -> {
                    Row row = Rows.one(rows, "certificate_not_found");
                    if (row.getOffsetDateTime("revoked_at") != null) {
                        throw new ApiException(StatusCode.CONFLICT, "already_revoked");
                    }
                    UUID userId = row.getUUID("user_id");
                    return tx.preparedQuery("""
                            UPDATE certificate SET revoked_at = now(), revoked_reason = $2, revoked_by = $3 WHERE code = $1
                            """)
                            .execute(Tuple.of(code, reason, actorId))
                            .chain(() -> enrollments.learner(tx, userId))
                            .chain(learner -> facts.record(
                                    tx,
                                    LearningFacts.Kind.CERTIFICATE_REVOKED,
                                    learner,
                                    row.getUUID("course_id"),
                                    row.getUUID("enrollment_id"),
                                    null))
                            .chain(() -> audit.record(
                                    tx,
                                    actorId,
                                    "certificate.revoked",
                                    "certificate",
                                    code,
                                    Map.of("reason", reason, "holderId", userId.toString())))
                            .chain(() -> tx.preparedQuery(COLUMNS + " WHERE c.code = $1")
                                    .execute(Tuple.of(code)))
                            .map(updated -> record(updated.iterator().next()));
                }));
    }

    public Uni<CertificateRecord> adminGet(String typedCode) {
        return find(typedCode).map(CertificateService::record);
    }

    private Uni<Row> find(String typedCode) {
        return find(COLUMNS, typedCode);
    }

    private Uni<Row> find(String columns, String typedCode) {
        String code =
                CertificateCodes.normalize(typedCode).orElseThrow(() -> ApiException.notFound("certificate_not_found"));
        return pool.preparedQuery(columns + " WHERE c.code = $1")
                .execute(Tuple.of(code))
                .map(rows -> Rows.one(rows, "certificate_not_found"));
    }

    private String verifyUrl(String code) {
        return CertificateIssuer.verifyUrl(web, code);
    }

    private static Status status(Row row) {
        return row.getOffsetDateTime("revoked_at") == null ? Status.VALID : Status.REVOKED;
    }

    private static Source source(Row row) {
        return Source.valueOf(row.getString("source"));
    }

    private static CertificateRecord record(Row row) {
        return new CertificateRecord(
                row.getString("code"),
                status(row),
                row.getUUID("user_id"),
                row.getString("holder_name"),
                row.getString("unit_code"),
                row.getString("unit_name"),
                row.getUUID("course_id"),
                row.getString("course_title"),
                row.getInteger("score_percent"),
                row.getOffsetDateTime("issued_at"),
                row.getOffsetDateTime("revoked_at"),
                row.getString("revoked_reason"),
                source(row),
                row.getString("external_id"));
    }
}
