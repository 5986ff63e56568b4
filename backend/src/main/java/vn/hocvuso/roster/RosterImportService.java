package vn.hocvuso.roster;

import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.FileParsing;
import vn.hocvuso.common.FilesConfig;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.Messages;
import vn.hocvuso.common.Secrets;
import vn.hocvuso.common.Spreadsheet;
import vn.hocvuso.common.TableFile;
import vn.hocvuso.integration.IntegrationConfig;
import vn.hocvuso.roster.RosterFile.Column;
import vn.hocvuso.roster.RosterPlanner.Action;
import vn.hocvuso.roster.RosterPlanner.CallerScope;
import vn.hocvuso.roster.RosterPlanner.RowError;
import vn.hocvuso.roster.RosterPlanner.RowPlan;
import vn.hocvuso.roster.RosterViews.DryRunReport;
import vn.hocvuso.roster.RosterViews.ImportView;
import vn.hocvuso.roster.RosterViews.RowProblem;
import vn.hocvuso.roster.RosterViews.UnitOverCap;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;
import vn.hocvuso.security.Scope;

/**
 * Roster imports as the uploader sees them: the dry run (every row checked, nothing written), the
 * upload of a real run (checked the same way, the safety cap applied, then queued for
 * {@link RosterImportJob}), its progress and its result file, and the template.
 */
@ApplicationScoped
public class RosterImportService {

    public static final int MAX_ROWS = 50_000;
    static final String[] RESULT_HEADER = {
        "Dòng",
        "Họ và tên",
        "Số điện thoại",
        "Email",
        "Mã xã/phường",
        "Cơ quan",
        "Mã cán bộ",
        "Kết quả",
        "Ghi chú",
        "Mã kích hoạt"
    };

    private final Pool pool;
    private final FileParsing parsing;
    private final TableFile.Limits limits;
    private final IntegrationConfig config;
    private final AuditLog audit;
    private final ClaimCodes claimCodes;

    public RosterImportService(
            Pool pool,
            FileParsing parsing,
            FilesConfig files,
            IntegrationConfig config,
            AuditLog audit,
            ClaimCodes claimCodes) {
        this.pool = pool;
        this.parsing = parsing;
        this.limits = TableFile.Limits.of(files, MAX_ROWS);
        this.config = config;
        this.audit = audit;
        this.claimCodes = claimCodes;
    }

    /** Who may import what: an administrator everything; a manager their units or agencies; a service account its limits. */
    static CallerScope scopeOf(Caller caller) {
        if (caller.isService()) {
            caller.requireAdminOr(Scope.ROSTERS_WRITE);
            Set<String> units = caller.units();
            Set<Long> agencies = caller.agencies();
            return new CallerScope(units.isEmpty() && agencies.isEmpty(), false, units, agencies);
        }
        if (caller.isAdmin()) {
            return new CallerScope(true, false, Set.of(), Set.of());
        }
        Set<String> units = caller.has(Role.UNIT_MANAGER.name()) ? caller.units() : Set.of();
        Set<Long> agencies = caller.has(Role.AGENCY_MANAGER.name()) ? caller.agencies() : Set.of();
        if (units.isEmpty() && agencies.isEmpty()) {
            throw new ForbiddenException();
        }
        return new CallerScope(false, true, units, agencies);
    }

    /** A parsed file and every row's plan. */
    record Planned(RosterFile.Parsed file, List<RowPlan> rows, boolean hasAgencyColumn, List<UnitOverCap> overCap) {
        int count(Action action) {
            return (int) rows.stream().filter(r -> r.action == action).count();
        }
    }

    /** Parsing runs on the file-parsing pool: a 20 MB workbook is too much work for the event loop. */
    Uni<Planned> plan(byte[] body, CallerScope scope) {
        if (body == null || body.length == 0) {
            return Uni.createFrom().failure(new ApiException(StatusCode.BAD_REQUEST, "import_empty"));
        }
        return parsing.parse(() -> RosterFile.parse(body, limits)).chain(file -> {
            List<RowPlan> rows = new ArrayList<>(file.lines().size());
            file.lines().forEach(line -> rows.add(RosterPlanner.shape(line)));
            RosterPlanner.duplicatesInFile(rows);
            boolean hasAgencyColumn =
                    !file.lines().isEmpty() && file.lines().getFirst().cells().containsKey(Column.AGENCY);
            return RosterPlanner.references(pool, rows, scope)
                    .chain(() -> RosterPlanner.againstAccounts(pool, rows, scope, hasAgencyColumn))
                    .chain(() -> overCap(pool, rows))
                    .map(over -> new Planned(file, rows, hasAgencyColumn, over));
        });
    }

    /**
     * The safety cap: per unit, the existing public-servant accounts the file would change (a move
     * counts against the unit it leaves), against how many the unit has. New accounts do not count.
     */
    private Uni<List<UnitOverCap>> overCap(SqlClient db, List<RowPlan> rows) {
        Map<String, Integer> changes = new LinkedHashMap<>();
        for (RowPlan p : rows) {
            if (p.action == Action.UPDATE && "CBCCVC".equals(p.existing.group())) {
                changes.merge(p.existing.unitCode(), 1, Integer::sum);
            }
        }
        if (changes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return db.preparedQuery("""
                SELECT u.code, u.name, coalesce((SELECT sum(s.learners) FROM stat_learners s
                                                  WHERE s.unit_code = u.code AND s.learner_group = 'CBCCVC'), 0)::int AS existing
                FROM unit u WHERE u.code = ANY($1) ORDER BY u.name COLLATE vietnamese
                """)
                .execute(Tuple.of(changes.keySet().toArray(String[]::new)))
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

    public Uni<DryRunReport> dryRun(Caller caller, byte[] body, Locale locale) {
        CallerScope scope = scopeOf(caller);
        return plan(body, scope).map(planned -> {
            List<RowProblem> problems = new ArrayList<>();
            for (RowPlan p : planned.rows()) {
                for (RowError e : p.errors) {
                    problems.add(new RowProblem(p.line.line(), e.field(), e.code(), message(locale, e)));
                }
            }
            int errorRows = planned.count(Action.ERROR);
            return new DryRunReport(
                    planned.file().encoding(),
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
        String text = Messages.get(locale, "import." + e.code(), e.args().toArray());
        return text != null ? text : e.code();
    }

    /** Checks the file as the dry run does, applies the safety cap, stores the rows and queues the job. */
    public Uni<ImportView> submit(Caller caller, byte[] body, String fileName, boolean confirm) {
        CallerScope scope = scopeOf(caller);
        UUID actor = caller.id();
        String callerKey = caller.key();
        return plan(body, scope).chain(planned -> {
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
                                               scope_all, scope_any, scope_units, scope_agencies, confirmed, total_rows)
                    VALUES ($1, 'QUEUED', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
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
                            .addInteger(planned.rows().size()))
                    .chain(() -> storeRows(tx, id, planned.rows()))
                    .call(() -> audit.record(
                            tx,
                            actor,
                            "ROSTER_IMPORT_QUEUED",
                            "roster_import",
                            id.toString(),
                            Map.of("rows", planned.rows().size(), "fileName", name, "confirmed", confirm)))
                    .chain(() -> view(tx, id)));
        });
    }

    /**
     * Rows refused for reasons that do not depend on the database (shape, duplicates in the file,
     * scope of the row) keep those errors; the job re-checks the rest against the accounts of its moment.
     */
    private static Uni<Void> storeRows(SqlClient tx, UUID importId, List<RowPlan> rows) {
        List<Tuple> batch = new ArrayList<>(rows.size());
        for (RowPlan p : rows) {
            JsonObject cells = new JsonObject();
            p.line.cells().forEach((column, value) -> cells.put(column.name(), value));
            List<RowError> fixed = p.errors.stream()
                    .filter(e -> !RosterImportJob.DATABASE_ERRORS.contains(e.code()))
                    .toList();
            batch.add(Tuple.tuple()
                    .addUUID(importId)
                    .addInteger(p.line.line())
                    .addString(cells.encode())
                    .addInteger(p.line.cellCount())
                    .addInteger(p.line.headerCount())
                    .addString(errorsJson(fixed)));
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int from = 0; from < batch.size(); from += 2000) {
            List<Tuple> slice = batch.subList(from, Math.min(batch.size(), from + 2000));
            chain = chain.chain(() -> tx.preparedQuery("""
                    INSERT INTO roster_import_row (import_id, line, cells, cell_count, header_count, errors)
                    VALUES ($1, $2, $3::jsonb, $4, $5, $6::jsonb)
                    """).executeBatch(slice).replaceWithVoid());
        }
        return chain;
    }

    static String errorsJson(List<RowError> errors) {
        JsonArray array = new JsonArray();
        errors.forEach(e -> array.add(new JsonObject()
                .put("field", e.field())
                .put("code", e.code())
                .put("args", new JsonArray(new ArrayList<>(e.args())))));
        return array.encode();
    }

    /** jsonb arrives as a JsonObject or as its text, depending on how it was written. */
    static JsonObject jsonObject(Object json) {
        return json instanceof JsonObject o ? o : new JsonObject(String.valueOf(json));
    }

    static List<RowError> errorsFrom(Object json) {
        JsonArray array = json instanceof JsonArray a ? a : new JsonArray(String.valueOf(json));
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonObject e = array.getJsonObject(i);
            errors.add(new RowError(
                    e.getString("field"),
                    e.getString("code"),
                    e.getJsonArray("args").getList()));
        }
        return errors;
    }

    public Uni<ImportView> status(Caller caller, UUID id) {
        return owned(caller, id).chain(() -> view(pool, id));
    }

    /**
     * Puts a FAILED import back in the queue: the runner continues with the rows not yet written (each
     * row is written once). 409 {@code import_not_failed} for an import in any other state.
     */
    public Uni<ImportView> resume(Caller caller, UUID id) {
        UUID actor = caller.id();
        return owned(caller, id)
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

    /** The uploader (same account or service account) or an administrator; anyone else is told it does not exist. */
    private Uni<Void> owned(Caller caller, UUID id) {
        boolean admin = caller.isAdmin();
        if (!admin
                && !caller.isService()
                && !caller.has(Role.UNIT_MANAGER.name())
                && !caller.has(Role.AGENCY_MANAGER.name())) {
            throw new ForbiddenException();
        }
        if (caller.isService()) {
            caller.requireAdminOr(Scope.ROSTERS_WRITE);
        }
        return pool.preparedQuery("SELECT caller_key FROM roster_import WHERE id = $1")
                .execute(Tuple.of(id))
                .invoke(rows -> {
                    if (rows.size() == 0
                            || !(admin || rows.iterator().next().getString(0).equals(caller.key()))) {
                        throw ApiException.notFound("import_not_found");
                    }
                })
                .replaceWithVoid();
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

    /**
     * The result file: every row as uploaded, its outcome, the reasons, and the claim code of each new
     * account while it is unused and unexpired (recomputed by {@link ClaimCodes}; the database keeps only
     * its hash). It lists people's names, phones and codes, so every download is audited, in the
     * transaction that reads it. Cells are written by the one CSV writer, which neutralises formulas.
     */
    public Uni<byte[]> result(Caller caller, UUID id, Locale locale) {
        UUID actor = caller.id();
        return owned(caller, id)
                .chain(() -> pool.withTransaction(tx -> tx.preparedQuery(
                                "SELECT status FROM roster_import WHERE id = $1")
                        .execute(Tuple.of(id))
                        .chain(status -> {
                            if (!"DONE".equals(status.iterator().next().getString(0))) {
                                throw new ApiException(StatusCode.CONFLICT, "import_not_finished");
                            }
                            return tx.preparedQuery("""
                            SELECT r.line, r.cells, r.errors, r.outcome, r.user_id, c.code_hash
                            FROM roster_import_row r
                            LEFT JOIN account_claim c ON c.user_id = r.user_id AND c.import_id = r.import_id
                                                     AND c.expires_at > now()
                            WHERE r.import_id = $1 ORDER BY r.line
                            """).execute(Tuple.of(id));
                        })
                        .chain(rows -> {
                            List<List<String>> lines = new ArrayList<>(rows.size());
                            int codes = 0;
                            for (Row r : rows) {
                                JsonObject cells = RosterImportService.jsonObject(r.getValue("cells"));
                                String outcome = r.getString("outcome");
                                List<String> notes = errorsFrom(r.getValue("errors")).stream()
                                        .map(e -> message(locale, e))
                                        .toList();
                                String code = claimCode(id, r);
                                codes += code.isEmpty() ? 0 : 1;
                                lines.add(List.of(
                                        String.valueOf(r.getInteger("line")),
                                        text(cells, Column.NAME),
                                        text(cells, Column.PHONE),
                                        text(cells, Column.EMAIL),
                                        text(cells, Column.UNIT),
                                        text(cells, Column.AGENCY),
                                        text(cells, Column.EMPLOYEE_NUMBER),
                                        outcome == null ? "" : Messages.get(locale, "import.outcome." + outcome),
                                        String.join(" ", notes),
                                        code));
                            }
                            byte[] csv = Spreadsheet.csv(List.of(RESULT_HEADER), lines);
                            return audit.record(
                                            tx,
                                            actor,
                                            "ROSTER_RESULT_DOWNLOADED",
                                            "roster_import",
                                            id.toString(),
                                            Map.of("rows", lines.size(), "claimCodes", codes))
                                    .replaceWith(csv);
                        })));
    }

    /** The row's code, if its account still waits to be claimed and the code matches the stored hash. */
    private String claimCode(UUID importId, Row r) {
        Buffer hash = r.getBuffer("code_hash");
        if (hash == null || r.getUUID("user_id") == null) {
            return "";
        }
        String code = claimCodes.codeFor(importId, r.getUUID("user_id"));
        return Secrets.sameHash(Secrets.sha256(code), hash.getBytes()) ? formatCode(code) : "";
    }

    private static String text(JsonObject cells, Column column) {
        String value = cells.getString(column.name());
        return value == null ? "" : value;
    }

    static String formatCode(String code) {
        return code.length() == 10 ? code.substring(0, 5) + "-" + code.substring(5) : code;
    }

    /** The template, with the Vietnamese headers and one example row. */
    public static byte[] templateCsv() {
        String csv = "\uFEFF" + String.join(",", templateHeader()) + "\r\n"
                + "Nguyễn Văn An,0912345678,an.nv@quangngai.gov.vn,21211,Sở Khoa học và Công nghệ,CB-000123\r\n";
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> templateHeader() {
        return List.of(
                Column.NAME.vietnamese,
                Column.PHONE.vietnamese,
                Column.EMAIL.vietnamese,
                Column.UNIT.vietnamese,
                Column.AGENCY.vietnamese,
                Column.EMPLOYEE_NUMBER.vietnamese);
    }

    public static byte[] templateXlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "HocVuSo", "1.0");
            Worksheet sheet = workbook.newWorksheet("Danh sách");
            List<String> header = templateHeader();
            String[] example = {
                "Nguyễn Văn An",
                "0912345678",
                "an.nv@quangngai.gov.vn",
                "21211",
                "Sở Khoa học và Công nghệ",
                "CB-000123"
            };
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
                // Text cells: a phone or a unit code typed here keeps its leading zero.
                sheet.value(1, c, example[c]);
                sheet.width(c, 24);
            }
            sheet.range(1, 0, 10_000, header.size() - 1).style().format("@").set();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
