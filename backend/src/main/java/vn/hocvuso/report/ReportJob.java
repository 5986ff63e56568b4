package vn.hocvuso.report;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Failures;
import vn.hocvuso.common.Secrets;
import vn.hocvuso.province.Provinces;
import vn.hocvuso.stats.StatsMoment;
import vn.hocvuso.stats.UnitStatsExport;

/**
 * Makes the queued reports, on every replica (quarkus-scheduler, one run at a time per replica). A report is
 * claimed with {@code FOR UPDATE SKIP LOCKED}, so that two replicas never take the same one, together with a
 * lease ({@code lease_until}, {@code hocvuso.reports.lease}) that the worker renews at every step: a report whose
 * worker died is claimed again by any replica once its lease has run out, up to {@code max-attempts} takes, then
 * FAILED. Each step writes the progress and what is being done ({@code step}, in Vietnamese), in a statement
 * that also checks the report is still this worker's (not taken over, not deleted): otherwise the worker stops
 * and drops what it made. The figures, those of the report's province, are read through the statistics' read path
 * ({@link ReportFigures}); the document, which names that province, is written on a worker thread, off the event loop.
 *
 * <p>What can go wrong: the database away (the report is queued again and the next run retries it); anything
 * else, FAILED with a Vietnamese message for the person who asked (the cause goes to the log, never to them).
 *
 * <p>Why a lease column and not {@code notification.JobLease}: that lease elects one replica for a periodic
 * selection; here every replica works, each on its own report, and the lease belongs to the report.
 */
@ApplicationScoped
public class ReportJob {

    private static final Logger LOG = Logger.getLogger(ReportJob.class);

    /** The scheduler's name of this job (tests pause it to set up a report's state). */
    public static final String IDENTITY = "report-runner";

    static final String WAITING = "Đang chờ đến lượt";
    static final String READING = "Đang đọc số liệu đến hết ngày ";
    static final String TEXT = "Đang đọc mẫu văn bản";
    static final String WRITING = "Đang soạn tệp";
    static final String SAVING = "Đang lưu tệp";
    static final String FAILED = "Không làm được báo cáo do lỗi hệ thống. Vui lòng tạo lại báo cáo; nếu vẫn lỗi, hãy"
            + " báo cho quản trị viên.";
    static final String GAVE_UP = "Báo cáo bị dừng giữa chừng %d lần nên không làm tiếp. Vui lòng tạo lại báo cáo.";

    /** The report was taken over by another worker, or deleted: this worker stops. */
    static final class Lost extends RuntimeException {
        Lost() {
            super("report taken over or deleted", null, false, false);
        }
    }

    /** What a worker holds while it makes a report. */
    record Claimed(
            UUID id,
            UUID runner,
            ReportKind kind,
            ReportFormat format,
            LocalDate asOf,
            LocalDate compareTo,
            String unitCode,
            String province) {}

    private final Pool pool;
    private final ReportsConfig config;
    private final ReportFigures figures;
    private final ReportTemplateService templates;
    private final Provinces provinces;
    private final Clock clock;

    public ReportJob(
            Pool pool,
            ReportsConfig config,
            ReportFigures figures,
            ReportTemplateService templates,
            Provinces provinces,
            Clock clock) {
        this.pool = pool;
        this.config = config;
        this.figures = figures;
        this.templates = templates;
        this.provinces = provinces;
        this.clock = clock;
    }

    @Scheduled(
            identity = IDENTITY,
            every = "${hocvuso.reports.poll-interval:PT1S}",
            concurrentExecution = ConcurrentExecution.SKIP)
    Uni<Void> runQueued() {
        return runNext().onFailure().recoverWithUni(failure -> {
            LOG.warnf("Report runner: %s; it will try again", failure.toString());
            return Uni.createFrom().voidItem();
        });
    }

    /** Claims the oldest report waiting (or whose lease ran out) and makes it; nothing when there is none. */
    Uni<Void> runNext() {
        UUID runner = UUID.randomUUID();
        OffsetDateTime now = now();
        return pool.preparedQuery("""
                UPDATE report SET status = 'RUNNING', runner = $1, lease_until = $2, attempts = attempts + 1,
                       started_at = coalesce(started_at, $3), progress = 0, step = $4
                WHERE id = (SELECT id FROM report
                            WHERE status = 'QUEUED' OR (status = 'RUNNING' AND lease_until < $3)
                            ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id, kind, format, as_of, compare_to, unit_code, province_code, attempts
                """)
                .execute(Tuple.of(runner, now.plus(config.lease()), now, WAITING))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().voidItem();
                    }
                    Row r = rows.iterator().next();
                    Claimed c = new Claimed(
                            r.getUUID("id"),
                            runner,
                            ReportKind.valueOf(r.getString("kind")),
                            ReportFormat.valueOf(r.getString("format")),
                            r.getLocalDate("as_of"),
                            r.getLocalDate("compare_to"),
                            r.getString("unit_code"),
                            r.getString("province_code"));
                    if (r.getInteger("attempts") > config.maxAttempts()) {
                        return fail(c, GAVE_UP.formatted(config.maxAttempts()));
                    }
                    return make(c).onFailure().recoverWithUni(failure -> stopped(c, failure));
                });
    }

    private Uni<Void> make(Claimed c) {
        String reading = READING + ReportDocument.DMY.format(c.asOf());
        Uni<byte[]> bytes = switch (c.kind()) {
            case NOTICE ->
                step(c, 10, reading)
                        .chain(() -> figures.province(c.province(), c.asOf(), c.compareTo()))
                        .chain(f -> step(c, 40, TEXT)
                                .chain(() -> text(c))
                                .map(w -> ReportContent.notice(w, f, c.asOf(), c.compareTo(), figures.today())))
                        .chain(doc -> render(
                                c,
                                () -> c.format() == ReportFormat.PDF ? PdfWriter.write(doc) : DocxWriter.write(doc)));
            case UNIT_RESULTS ->
                step(c, 10, reading)
                        .chain(() -> figures.units(c.province(), c.asOf()))
                        .chain(rows -> render(c, () -> UnitStatsExport.xlsx(rows, moment(c.asOf()))));
            case AGENCY_RESULTS ->
                step(c, 10, reading)
                        .chain(() -> figures.agencies(c.province(), c.asOf()))
                        .chain(rows -> render(c, () -> XlsxWriter.agencies(rows, c.asOf())));
            case COMMUNE_APPENDIX ->
                step(c, 10, reading)
                        .chain(() -> figures.commune(c.unitCode(), c.asOf(), c.compareTo()))
                        .chain(f -> step(c, 40, TEXT)
                                .chain(() -> text(c))
                                .map(w -> ReportContent.appendix(w, f, c.asOf(), c.compareTo(), figures.today())))
                        .chain(doc -> render(
                                c,
                                () -> c.format() == ReportFormat.XLSX
                                        ? XlsxWriter.document(doc)
                                        : DocxWriter.write(doc)));
        };
        return bytes.chain(file -> step(c, 90, SAVING).chain(() -> done(c, file)));
    }

    /** A document's words: the template in force for its kind, and the report's province they name. */
    private Uni<ReportContent.Wording> text(Claimed c) {
        return provinces
                .find(pool, c.province())
                .chain(province -> templates
                        .current(c.kind())
                        .map(t -> new ReportContent.Wording(
                                t.title(), t.body(), Objects.requireNonNull(province, c.province()))));
    }

    /** Writes the file on a worker thread (blocking, CPU-bound work), after saying so. */
    private Uni<byte[]> render(Claimed c, Supplier<byte[]> writer) {
        if (!c.kind().allows(c.format())) {
            return Uni.createFrom().failure(new IllegalStateException("no " + c.format() + " writer for " + c.kind()));
        }
        return step(c, 60, WRITING)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(ignored -> writer.get());
    }

    /** The moment the units' workbook names: the end of a past day, or now for today. */
    private Instant moment(LocalDate asOf) {
        return asOf.equals(figures.today()) ? clock.instant() : StatsMoment.endOf(asOf);
    }

    /** The progress and the step, with the lease renewed; {@link Lost} when the report is no longer this worker's. */
    private Uni<Void> step(Claimed c, int progress, String step) {
        OffsetDateTime now = now();
        return pool.preparedQuery("""
                UPDATE report SET progress = $3, step = $4, lease_until = $5
                WHERE id = $1 AND runner = $2 AND status = 'RUNNING'
                """)
                .execute(Tuple.of(c.id(), c.runner(), progress, step, now.plus(config.lease())))
                .map(owned(c));
    }

    private Uni<Void> done(Claimed c, byte[] file) {
        String sha256 = HexFormat.of().formatHex(Secrets.sha256(file));
        return pool.preparedQuery("""
                UPDATE report SET status = 'DONE', progress = 100, step = NULL, file = $3, file_name = $4,
                       size_bytes = $5, sha256 = $6, finished_at = $7, runner = NULL, lease_until = NULL
                WHERE id = $1 AND runner = $2 AND status = 'RUNNING'
                """)
                .execute(Tuple.from(Arrays.asList(
                        c.id(),
                        c.runner(),
                        Buffer.buffer(file),
                        c.kind().fileName(c.unitCode(), c.asOf(), c.format()),
                        (long) file.length,
                        sha256,
                        now())))
                .map(owned(c));
    }

    private static Function<RowSet<Row>, Void> owned(Claimed c) {
        return rows -> {
            if (rows.rowCount() == 0) {
                throw new Lost();
            }
            return null;
        };
    }

    /** A run that could not finish: stopped quietly, queued again, or FAILED (see the class comment). */
    private Uni<Void> stopped(Claimed c, Throwable failure) {
        if (failure instanceof Lost) {
            LOG.infof("Report %s was taken over or deleted; this worker stops", c.id());
            return Uni.createFrom().voidItem();
        }
        if (Failures.isTransient(failure)) {
            LOG.warnf("Report %s paused (%s); it is queued again", c.id(), failure.toString());
            return Failures.triedThroughARestart(pool.preparedQuery("""
                            UPDATE report SET status = 'QUEUED', runner = NULL, lease_until = NULL, step = $3
                            WHERE id = $1 AND runner = $2
                            """)
                    .execute(Tuple.of(c.id(), c.runner(), WAITING))
                    .replaceWithVoid());
        }
        if (failure instanceof ApiException e) {
            LOG.warnf("Report %s failed: %s", c.id(), e.code());
        } else {
            LOG.errorf(failure, "Report %s failed", c.id());
        }
        return fail(c, FAILED);
    }

    private Uni<Void> fail(Claimed c, String message) {
        return pool.preparedQuery("""
                UPDATE report SET status = 'FAILED', step = NULL, error = $3, finished_at = $4, runner = NULL,
                       lease_until = NULL
                WHERE id = $1 AND runner = $2
                """)
                .execute(Tuple.of(c.id(), c.runner(), message, now()))
                .replaceWithVoid();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
