package vn.hocvuso.roster;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Messages;
import vn.hocvuso.common.Secrets;
import vn.hocvuso.common.Spreadsheet;
import vn.hocvuso.roster.RosterFile.Column;
import vn.hocvuso.security.Caller;

/**
 * The result file of a finished import: every row as uploaded, its outcome, the reasons, and the claim
 * code of each new account while it is unused and unexpired (recomputed by {@link ClaimCodes}; the
 * database keeps only its hash). It lists people's names, phones and codes, so every download is
 * audited, in the transaction that reads it. Cells are written by the one CSV writer, which neutralises
 * formulas.
 */
@ApplicationScoped
public class RosterResults {

    static final String[] HEADER = {
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
    private final RosterAccess access;
    private final AuditLog audit;
    private final ClaimCodes claimCodes;

    public RosterResults(Pool pool, RosterAccess access, AuditLog audit, ClaimCodes claimCodes) {
        this.pool = pool;
        this.access = access;
        this.audit = audit;
        this.claimCodes = claimCodes;
    }

    public Uni<byte[]> result(Caller caller, UUID id, Locale locale) {
        UUID actor = caller.id();
        boolean[] students = {false};
        return access.owned(caller, id)
                .chain(() -> pool.withTransaction(tx -> tx.preparedQuery(
                                "SELECT status, learner_group FROM roster_import WHERE id = $1")
                        .execute(Tuple.of(id))
                        .chain(status -> {
                            Row found = status.iterator().next();
                            if (!"DONE".equals(found.getString("status"))) {
                                throw new ApiException(StatusCode.CONFLICT, "import_not_finished");
                            }
                            students[0] = RosterTarget.STUDENTS.equals(found.getString("learner_group"));
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
                                String code = claimCode(id, r);
                                codes += code.isEmpty() ? 0 : 1;
                                lines.add(line(r, code, locale, students[0]));
                            }
                            List<String> header = new ArrayList<>(List.of(HEADER));
                            if (students[0]) {
                                header.add(Column.CLASS.header());
                            }
                            byte[] csv = Spreadsheet.csv(header, lines);
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

    /** A students' roster's result file has their class too, as its last column. */
    private static List<String> line(Row r, String code, Locale locale, boolean students) {
        JsonObject cells = RosterRows.jsonObject(r.getValue("cells"));
        String outcome = r.getString("outcome");
        List<String> notes = RosterRows.errorsFrom(r.getValue("errors")).stream()
                .map(e -> RosterImportService.message(locale, e))
                .toList();
        List<String> line = new ArrayList<>(List.of(
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
        if (students) {
            line.add(text(cells, Column.CLASS));
        }
        return line;
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
}
