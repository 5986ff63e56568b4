package vn.hocvuso.report;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Download;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Violations;
import vn.hocvuso.province.ActingProvince;
import vn.hocvuso.report.ReportViews.Report;
import vn.hocvuso.report.ReportViews.ReportRequest;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;
import vn.hocvuso.stats.StatsMoment;

/**
 * Asking for reports, following them, downloading and deleting them. Who may see a report: an administrator, the
 * administrator of its province (PROVINCE_ADMIN), or the person who asked for it (anyone else: 404, as if it did
 * not exist). The documents themselves are made by {@link ReportJob}.
 */
@ApplicationScoped
public class ReportService {

    static final String COLUMNS = """
            id, kind, format, as_of, compare_to, province_code, unit_code, unit_name, status, progress, step,
            requester_name, created_at, finished_at, file_name, size_bytes, error""";

    private final Pool pool;
    private final ReportsConfig config;
    private final StatsMoment moment;
    private final ActingProvince acting;
    private final AuditLog audit;
    private final Clock clock;

    public ReportService(
            Pool pool, ReportsConfig config, StatsMoment moment, ActingProvince acting, AuditLog audit, Clock clock) {
        this.pool = pool;
        this.config = config;
        this.moment = moment;
        this.acting = acting;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Queues a report: its fields checked (400), the caller's right to it (403), its format (422), its unit
     * (404), its province ({@link #province}: 404, 403, 400), and the caller's unfinished reports (429), in that
     * order.
     */
    public Uni<Report> create(Caller caller, ReportRequest request) {
        UUID requester = caller.userId();
        check(request);
        boolean admin = caller.isAdmin();
        boolean appendix = request.kind() == ReportKind.COMMUNE_APPENDIX;
        boolean ownAppendix = appendix
                && caller.has(Role.UNIT_MANAGER.name())
                && caller.units().contains(request.unitCode());
        // A province administrator: every kind, of its province (checked with the rest below), an appendix of its
        // own communes only.
        boolean ownProvince = caller.isProvinceAdmin() && (!appendix || caller.administersUnit(request.unitCode()));
        if (!admin && !ownAppendix && !ownProvince) {
            throw ApiException.forbidden();
        }
        if (!request.kind().allows(request.format())) {
            throw ApiException.unprocessable(
                    "report_format",
                    List.of(),
                    request.format().name(),
                    request.kind().formatNames());
        }
        UUID id = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return commune(pool, request.unitCode())
                .chain(commune -> province(caller, request, commune)
                        .chain(province -> insert(id, now, requester, request, commune, province)));
    }

    /**
     * The report's province: a commune's appendix is its commune's; otherwise, or when the request names one, the
     * province the caller acts on ({@link ActingProvince}: the one named, else the home province for the national
     * administrator and a province administrator's one province; 400 on {@code province} for the administrator of
     * several who names none; 404 {@code province_not_found}; 403 for a province the caller does not act on, a unit
     * manager acting on its units'). An appendix's named province must be its commune's (400 {@code
     * validation_failed}, {@code not_unit_province}).
     */
    private Uni<String> province(Caller caller, ReportRequest request, Commune commune) {
        if (request.province() == null && commune != null) {
            return Uni.createFrom().item(commune.province());
        }
        return acting.of(caller, request.province()).invoke(province -> {
            if (commune != null && !commune.province().equals(province)) {
                new Violations()
                        .add("province", "not_unit_province", commune.name())
                        .throwIfAny();
            }
        });
    }

    private Uni<Report> insert(
            UUID id, OffsetDateTime now, UUID requester, ReportRequest request, Commune commune, String province) {
        String unitName = commune == null ? null : commune.name();
        return pool.withTransaction(tx -> tx.preparedQuery("SELECT pg_advisory_xact_lock(hashtext('report:' || $1))")
                .execute(Tuple.of(requester.toString()))
                .chain(() -> tx.preparedQuery("""
                                        SELECT count(*) FROM report
                                        WHERE requested_by = $1 AND status IN ('QUEUED', 'RUNNING')""").execute(Tuple.of(requester)))
                .chain(count -> {
                    if (count.iterator().next().getLong(0) >= config.maxUnfinished()) {
                        throw ApiException.tooManyRequests("too_many_reports", 10, config.maxUnfinished());
                    }
                    return ReportTemplateService.name(tx, requester);
                })
                .chain(name -> tx.preparedQuery("""
                                        INSERT INTO report (id, kind, format, as_of, compare_to, unit_code, unit_name,
                                            status, progress, step, requested_by, requester_name, created_at,
                                            province_code)
                                        VALUES ($1, $2, $3, $4, $5, $6, $7, 'QUEUED', 0, $8, $9, $10, $11, $12)
                                        RETURNING """ + " " + COLUMNS)
                        .execute(Tuple.from(Arrays.asList(
                                id,
                                request.kind().name(),
                                request.format().name(),
                                request.asOf(),
                                request.compareTo(),
                                request.unitCode(),
                                unitName,
                                ReportJob.WAITING,
                                requester,
                                name,
                                now,
                                province))))
                .map(rows -> view(rows.iterator().next())));
    }

    /** The rules between the request's fields, as 400 {@code validation_failed} naming each wrong one. */
    private void check(ReportRequest request) {
        Violations v = new Violations();
        moment.pastDay("asOf", request.asOf().toString());
        if (request.compareTo() != null) {
            moment.pastDay("compareTo", request.compareTo().toString());
            if (!request.compareTo().isBefore(request.asOf())) {
                v.add("compareTo", "not_before_as_of", ReportDocument.DMY.format(request.asOf()));
            }
        }
        if (request.kind() == ReportKind.COMMUNE_APPENDIX && request.unitCode() == null) {
            v.add("unitCode", "required");
        }
        if (request.kind() != ReportKind.COMMUNE_APPENDIX && request.unitCode() != null) {
            v.add("unitCode", "not_allowed");
        }
        v.throwIfAny();
    }

    /** The commune of an appendix: its name as the documents write it, and its province. */
    private record Commune(String name, String province) {}

    /** The commune {@code code} names (404 {@code unit_not_found} for none), or null for a report of no commune. */
    private static Uni<Commune> commune(SqlClient db, String code) {
        if (code == null) {
            return Uni.createFrom().nullItem();
        }
        return db.preparedQuery("SELECT name, type, province_code FROM unit WHERE code = $1")
                .execute(Tuple.of(code))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw ApiException.notFound("unit_not_found", code);
                    }
                    Row r = rows.iterator().next();
                    return new Commune(
                            ReportContent.unitName(r.getString("type"), r.getString("name")),
                            r.getString("province_code"));
                });
    }

    public Uni<Page<Report>> list(Caller caller, PageRequest page) {
        Tuple seen = seenBy(caller);
        return pool.preparedQuery("SELECT " + COLUMNS + ", count(*) OVER () AS total FROM report WHERE " + SEEN
                        + " ORDER BY created_at DESC, id DESC LIMIT $4 OFFSET $5")
                .execute(seenBy(caller).addInteger(page.size).addInteger(page.offset()))
                .chain(rows -> {
                    List<Report> items = new ArrayList<>();
                    long total = 0;
                    for (Row r : rows) {
                        items.add(view(r));
                        total = r.getLong("total");
                    }
                    if (items.isEmpty() && page.page > 1) {
                        return pool.preparedQuery("SELECT count(*) FROM report WHERE " + SEEN)
                                .execute(seen)
                                .map(count -> Page.of(
                                        items, page, count.iterator().next().getLong(0)));
                    }
                    return Uni.createFrom().item(Page.of(items, page, total));
                });
    }

    public Uni<Report> get(Caller caller, UUID id) {
        return visible(caller, id, COLUMNS).map(ReportService::view);
    }

    public Uni<Void> delete(Caller caller, UUID id) {
        return pool.preparedQuery("DELETE FROM report WHERE id = $4 AND " + SEEN)
                .execute(seenBy(caller).addUUID(id))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw ApiException.notFound("report_not_found");
                    }
                    return null;
                });
    }

    /**
     * The finished file (409 {@code report_not_ready} before), versioned by its digest; every download is
     * audited ({@code report.downloaded}), an answer of 304 (the client holds it already) is not a download.
     */
    public Uni<Download> file(Caller caller, UUID id, String ifNoneMatch) {
        UUID me = caller.userId();
        return visible(caller, id, "status, format, kind, file_name, sha256").chain(meta -> {
            if (!"DONE".equals(meta.getString("status"))) {
                throw new ApiException(409, "report_not_ready");
            }
            ReportFormat format = ReportFormat.valueOf(meta.getString("format"));
            String version = id + "." + meta.getString("sha256").substring(0, 12);
            String fileName = meta.getString("file_name");
            if (Download.unchanged(ifNoneMatch, version)) {
                return Uni.createFrom().item(Download.alreadyHeld(format.mediaType(), false, fileName, version));
            }
            return pool.withTransaction(tx -> tx.preparedQuery("SELECT file FROM report WHERE id = $1")
                    .execute(Tuple.of(id))
                    .call(() -> audit.record(
                            tx,
                            me,
                            "report.downloaded",
                            "report",
                            id.toString(),
                            Map.of("kind", meta.getString("kind"), "format", format.name(), "fileName", fileName)))
                    .map(rows -> {
                        if (rows.size() == 0) {
                            throw ApiException.notFound("report_not_found");
                        }
                        byte[] bytes = rows.iterator().next().getBuffer("file").getBytes();
                        return new Download(
                                bytes, format.mediaType(), false, fileName, "\"" + version + "\"", "no-store");
                    }));
        });
    }

    /**
     * The reports a caller sees, with {@link #seenBy}'s $1 to $3: every one (an administrator), its province's (a
     * province administrator), the ones it asked for.
     */
    private static final String SEEN = "($1 OR requested_by = $2 OR province_code = ANY($3::text[]))";

    private static Tuple seenBy(Caller caller) {
        return Tuple.of(caller.isAdmin(), caller.userId(), caller.provinces().toArray(String[]::new));
    }

    /** The report's row if the caller may see it; else 404 {@code report_not_found}. */
    private Uni<Row> visible(Caller caller, UUID id, String columns) {
        return pool.preparedQuery("SELECT " + columns + " FROM report WHERE id = $4 AND " + SEEN)
                .execute(seenBy(caller).addUUID(id))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw ApiException.notFound("report_not_found");
                    }
                    return rows.iterator().next();
                });
    }

    static Report view(Row r) {
        OffsetDateTime finished = r.getOffsetDateTime("finished_at");
        LocalDate compareTo = r.getLocalDate("compare_to");
        return new Report(
                r.getUUID("id"),
                ReportKind.valueOf(r.getString("kind")),
                ReportFormat.valueOf(r.getString("format")),
                r.getLocalDate("as_of"),
                compareTo,
                r.getString("province_code"),
                r.getString("unit_code"),
                r.getString("unit_name"),
                r.getString("status"),
                r.getInteger("progress"),
                r.getString("step"),
                r.getString("requester_name"),
                r.getOffsetDateTime("created_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                r.getString("file_name"),
                r.getLong("size_bytes"),
                r.getString("error"));
    }
}
