package vn.hocvuso.roster;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.FileParsing;
import vn.hocvuso.common.FilesConfig;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.RowProblems;
import vn.hocvuso.common.RowProblems.RowProblem;
import vn.hocvuso.common.TableFile;
import vn.hocvuso.integration.IntegrationConfig;
import vn.hocvuso.roster.RosterFile.Column;
import vn.hocvuso.roster.RosterPlanner.Action;
import vn.hocvuso.roster.RosterPlanner.RowError;
import vn.hocvuso.roster.RosterPlanner.RowPlan;
import vn.hocvuso.roster.RosterViews.DryRunReport;
import vn.hocvuso.roster.RosterViews.ImportView;
import vn.hocvuso.roster.RosterViews.UnitOverCap;
import vn.hocvuso.security.Caller;

/**
 * Roster imports as the uploader sees them: the dry run (every row checked, nothing written), the
 * upload of a real run (checked the same way, the safety cap applied, then queued for
 * {@link RosterImportJob}), its progress and its resumption. Who may do it is {@link RosterAccess}'s;
 * the result file is {@link RosterResults}', the templates {@link RosterTemplates}'.
 */
@ApplicationScoped
public class RosterImportService {

    public static final int MAX_ROWS = 50_000;
    private final Pool pool;
    private final FileParsing parsing;
    private final TableFile.Limits limits;
    private final IntegrationConfig config;
    private final AuditLog audit;
    private final RosterAccess access;

    public RosterImportService(
            Pool pool,
            FileParsing parsing,
            FilesConfig files,
            IntegrationConfig config,
            AuditLog audit,
            RosterAccess access) {
        this.pool = pool;
        this.parsing = parsing;
        this.limits = TableFile.Limits.of(files, MAX_ROWS);
        this.config = config;
        this.audit = audit;
        this.access = access;
    }

    /** A parsed file and every row's plan. */
    record Planned(
            RosterFile.Parsed file,
            List<RowPlan> rows,
            boolean hasAgencyColumn,
            List<UnitOverCap> overCap,
            RosterTarget target) {
        int count(Action action) {
            return (int) rows.stream().filter(r -> r.action == action).count();
        }
    }

    /** Parsing runs on the file-parsing pool: a 20 MB workbook is too much work for the event loop. */
    Uni<Planned> plan(byte[] body, CallerScope scope, RosterTarget target) {
        if (body == null || body.length == 0) {
            return Uni.createFrom().failure(new ApiException(StatusCode.BAD_REQUEST, "import_empty"));
        }
        return parsing.parse(() -> RosterFile.parse(body, limits, target.defaultUnit() == null))
                .chain(file -> {
                    List<RowPlan> rows = new ArrayList<>(file.lines().size());
                    file.lines().forEach(line -> rows.add(RosterPlanner.shape(line, target)));
                    RosterPlanner.duplicatesInFile(rows);
                    // An organisation's roster names its agency for every row.
                    boolean hasAgencyColumn = target.forOrganisation()
                            || (!file.lines().isEmpty()
                                    && file.lines().getFirst().cells().containsKey(Column.AGENCY));
                    return RosterPlanner.references(pool, rows, scope)
                            .chain(() -> RosterPlanner.againstAccounts(pool, rows, scope, hasAgencyColumn, target))
                            .chain(() -> overCap(pool, rows, target.group()))
                            .map(over -> new Planned(file, rows, hasAgencyColumn, over, target));
                });
    }

    /**
     * The safety cap: per unit, the existing accounts of the roster's group the file would change (a
     * move counts against the unit it leaves), against how many the unit has. New accounts do not count.
     */
    private Uni<List<UnitOverCap>> overCap(SqlClient db, List<RowPlan> rows, String group) {
        Map<String, Integer> changes = new LinkedHashMap<>();
        for (RowPlan p : rows) {
            if (p.action == Action.UPDATE && group.equals(p.existing.group())) {
                changes.merge(p.existing.unitCode(), 1, Integer::sum);
            }
        }
        if (changes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return db.preparedQuery("""
                SELECT u.code, u.name, coalesce((SELECT sum(s.learners) FROM stat_learners s
                                                  WHERE s.unit_code = u.code AND s.learner_group = $2), 0)::int AS existing
                FROM unit u WHERE u.code = ANY($1) ORDER BY u.name COLLATE vietnamese
                """)
                .execute(Tuple.of(changes.keySet().toArray(String[]::new), group))
                .map(found -> {
                    List<UnitOverCap> over = new ArrayList<>();
                    for (Row r : found) {
                        int existing = r.getInteger("existing");
                        int changed = changes.get(r.getString("code"));
                        if (changed > config.imports().capMinimum()
                                && changed > config.imports().capShare() * existing) {
                            over.add(new UnitOverCap(r.getString("code"), r.getString("name"), existing, changed));
                        }
                    }
                    return over;
                });
    }

    /** Checks the roster's organisation and the caller's right to it, then plans the file. */
    private Uni<Planned> plan(Caller caller, byte[] body, Long organisationId, String group) {
        CallerScope scope = RosterAccess.scopeOf(caller);
        return access.target(caller, organisationId, group).chain(target -> plan(body, scope, target));
    }

    public Uni<DryRunReport> dryRun(Caller caller, byte[] body, Long organisationId, String group, Locale locale) {
        return plan(caller, body, organisationId, group).map(planned -> {
            List<RowProblem> problems = new ArrayList<>();
            for (RowPlan p : planned.rows()) {
                for (RowError e : p.errors) {
                    problems.add(new RowProblem(p.line.line(), e.field(), e.code(), message(locale, e)));
                }
            }
            int errorRows = planned.count(Action.ERROR);
            return new DryRunReport(
                    planned.file().encoding(),
                    planned.target().organisationId(),
                    planned.target().group(),
                    planned.rows().size(),
                    planned.rows().size() - errorRows,
                    errorRows,
                    planned.count(Action.CREATE),
                    planned.count(Action.UPDATE),
                    planned.count(Action.UNCHANGED),
                    !planned.overCap().isEmpty(),
                    planned.overCap(),
                    problems);
        });
    }

    static String message(Locale locale, RowError e) {
        return RowProblems.message(locale, e.code(), e.args().toArray());
    }

    /** Checks the file as the dry run does, applies the safety cap, stores the rows and queues the job. */
    public Uni<ImportView> submit(
            Caller caller, byte[] body, String fileName, boolean confirm, Long organisationId, String group) {
        CallerScope scope = RosterAccess.scopeOf(caller);
        UUID actor = caller.id();
        String callerKey = caller.key();
        return plan(caller, body, organisationId, group).chain(planned -> {
            if (!planned.overCap().isEmpty() && !confirm) {
                String units = String.join(
                        ", ",
                        planned.overCap().stream()
                                .map(u -> u.unitName() + " (" + u.changes() + "/" + u.existing() + ")")
                                .toList());
                throw new ApiException(StatusCode.CONFLICT, "import_needs_confirmation", units);
            }
            UUID id = Ids.newId();
            String name = fileName == null ? "" : fileName.strip();
            return pool.withTransaction(tx -> tx.preparedQuery("""
                    INSERT INTO roster_import (id, status, file_name, encoding, has_agency_column, created_by, caller_key,
                                               scope_all, scope_any, scope_units, scope_agencies, confirmed, total_rows,
                                               organisation_id, learner_group, default_unit)
                    VALUES ($1, 'QUEUED', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
                    """)
                    .execute(Tuple.tuple()
                            .addUUID(id)
                            .addString(name.length() > 200 ? name.substring(0, 200) : name)
                            .addString(planned.file().encoding())
                            .addBoolean(planned.hasAgencyColumn())
                            .addUUID(actor)
                            .addString(callerKey)
                            .addBoolean(scope.all())
                            .addBoolean(scope.any())
                            .addArrayOfString(scope.units().toArray(String[]::new))
                            .addArrayOfLong(scope.agencies().toArray(Long[]::new))
                            .addBoolean(confirm)
                            .addInteger(planned.rows().size())
                            .addLong(planned.target().organisationId())
                            .addString(planned.target().group())
                            .addString(planned.target().defaultUnit()))
                    .chain(() -> RosterRows.store(tx, id, planned.rows()))
                    .call(() -> audit.record(
                            tx,
                            actor,
                            "ROSTER_IMPORT_QUEUED",
                            "roster_import",
                            id.toString(),
                            auditDetails(planned, name, confirm)))
                    .chain(() -> view(tx, id)));
        });
    }

    private static Map<String, Object> auditDetails(Planned planned, String fileName, boolean confirm) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rows", planned.rows().size());
        details.put("fileName", fileName);
        details.put("confirmed", confirm);
        details.put("learnerGroup", planned.target().group());
        if (planned.target().forOrganisation()) {
            details.put("organisationId", planned.target().organisationId());
        }
        return details;
    }

    public Uni<ImportView> status(Caller caller, UUID id) {
        return access.owned(caller, id).chain(() -> view(pool, id));
    }

    /**
     * Puts a FAILED import back in the queue: the runner continues with the rows not yet written (each
     * row is written once). 409 {@code import_not_failed} for an import in any other state.
     */
    public Uni<ImportView> resume(Caller caller, UUID id) {
        UUID actor = caller.id();
        return access.owned(caller, id)
                .chain(() -> pool.withTransaction(tx -> tx.preparedQuery("""
                UPDATE roster_import SET status = 'QUEUED', failure = NULL, finished_at = NULL, runner = NULL
                WHERE id = $1 AND status = 'FAILED' RETURNING done_rows
                """)
                        .execute(Tuple.of(id))
                        .chain(rows -> {
                            if (rows.size() == 0) {
                                throw new ApiException(StatusCode.CONFLICT, "import_not_failed");
                            }
                            return audit.record(
                                    tx,
                                    actor,
                                    "ROSTER_IMPORT_RESUMED",
                                    "roster_import",
                                    id.toString(),
                                    Map.of("doneRows", rows.iterator().next().getInteger("done_rows")));
                        })
                        .chain(() -> view(tx, id))));
    }

    private static Uni<ImportView> view(SqlClient db, UUID id) {
        return db.preparedQuery("SELECT * FROM roster_import WHERE id = $1")
                .execute(Tuple.of(id))
                .map(rows -> {
                    Row r = rows.iterator().next();
                    String status = r.getString("status");
                    return new ImportView(
                            id,
                            status,
                            r.getString("file_name"),
                            r.getString("encoding"),
                            r.getLong("organisation_id"),
                            r.getString("learner_group"),
                            r.getInteger("total_rows"),
                            r.getInteger("done_rows"),
                            r.getInteger("created_count"),
                            r.getInteger("updated_count"),
                            r.getInteger("unchanged_count"),
                            r.getInteger("error_count"),
                            r.getBoolean("confirmed"),
                            r.getOffsetDateTime("created_at"),
                            r.getOffsetDateTime("started_at"),
                            r.getOffsetDateTime("finished_at"),
                            "DONE".equals(status) ? "/api/v1/imports/rosters/" + id + "/result" : null);
                });
    }
}
