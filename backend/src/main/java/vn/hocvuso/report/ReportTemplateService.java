package vn.hocvuso.report;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.FieldViolation;
import vn.hocvuso.report.ReportViews.ReportTemplate;
import vn.hocvuso.report.ReportViews.ReportTemplateUpdate;

/**
 * The notice's and the appendix's texts: the built-in ones ({@link ReportTemplates}) unless an administrator
 * saved another ({@code report_template}, V136). Checked on save; every change and reset is audited
 * ({@code report.template.changed}, {@code report.template.reset}) in its own transaction.
 */
@ApplicationScoped
public class ReportTemplateService {

    /** The kinds with a text, in the order they are listed. */
    static final List<ReportKind> KINDS = List.of(ReportKind.NOTICE, ReportKind.COMMUNE_APPENDIX);

    private final Pool pool;
    private final AuditLog audit;
    private final Clock clock;

    public ReportTemplateService(Pool pool, AuditLog audit, Clock clock) {
        this.pool = pool;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code kind} from a path, if it is one with a text; else 400 {@code invalid_parameter}. */
    static ReportKind kind(String raw) {
        for (ReportKind k : KINDS) {
            if (k.name().equals(raw)) {
                return k;
            }
        }
        throw new ApiException(StatusCode.BAD_REQUEST, "invalid_parameter", "kind");
    }

    public Uni<List<ReportTemplate>> list() {
        return pool.query("SELECT kind, title, body, updated_at, updated_by_name FROM report_template")
                .execute()
                .map(rows -> {
                    Map<String, Row> saved = new HashMap<>();
                    rows.forEach(r -> saved.put(r.getString("kind"), r));
                    List<ReportTemplate> out = new ArrayList<>();
                    for (ReportKind k : KINDS) {
                        out.add(view(k, saved.get(k.name())));
                    }
                    return out;
                });
    }

    /** The text in force for {@code kind}: title and body. */
    Uni<ReportTemplate> current(ReportKind kind) {
        return pool.preparedQuery(
                        "SELECT kind, title, body, updated_at, updated_by_name FROM report_template WHERE kind = $1")
                .execute(Tuple.of(kind.name()))
                .map(rows ->
                        view(kind, rows.size() == 0 ? null : rows.iterator().next()));
    }

    public Uni<ReportTemplate> update(UUID actor, String rawKind, ReportTemplateUpdate update) {
        ReportKind kind = kind(rawKind);
        List<FieldViolation> wrong = ReportTemplates.check(kind, update.title(), update.body());
        if (!wrong.isEmpty()) {
            String names =
                    wrong.stream().map(v -> v.args()[0].toString()).distinct().collect(Collectors.joining(", "));
            throw ApiException.unprocessable("unknown_placeholder", wrong, names);
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return pool.withTransaction(tx -> name(tx, actor)
                .chain(name -> tx.preparedQuery("""
                                INSERT INTO report_template (kind, title, body, updated_at, updated_by, updated_by_name)
                                VALUES ($1, $2, $3, $4, $5, $6)
                                ON CONFLICT (kind) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body,
                                    updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by,
                                    updated_by_name = EXCLUDED.updated_by_name
                                RETURNING kind, title, body, updated_at, updated_by_name
                                """)
                        .execute(Tuple.from(List.of(kind.name(), update.title(), update.body(), now, actor, name))))
                .call(() -> audit.record(
                        tx,
                        actor,
                        "report.template.changed",
                        "report_template",
                        kind.name(),
                        Map.of(
                                "title",
                                update.title(),
                                "bodyLength",
                                update.body().length())))
                .map(rows -> view(kind, rows.iterator().next())));
    }

    public Uni<Void> reset(UUID actor, String rawKind) {
        ReportKind kind = kind(rawKind);
        return pool.withTransaction(tx -> tx.preparedQuery("DELETE FROM report_template WHERE kind = $1")
                .execute(Tuple.of(kind.name()))
                .chain(rows -> audit.record(
                        tx,
                        actor,
                        "report.template.reset",
                        "report_template",
                        kind.name(),
                        Map.of("wasCustom", rows.rowCount() > 0))));
    }

    /** A person's name as they are called in the documents' lists ("requested by", "edited by"). */
    static Uni<String> name(SqlClient db, UUID id) {
        return db.preparedQuery("SELECT full_name FROM app_user WHERE id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0
                        ? "Không rõ tên"
                        : rows.iterator().next().getString(0));
    }

    private static ReportTemplate view(ReportKind kind, Row saved) {
        if (saved == null) {
            return new ReportTemplate(
                    kind,
                    ReportTemplates.defaultTitle(kind),
                    ReportTemplates.defaultBody(kind),
                    ReportTemplates.placeholders(kind),
                    false,
                    null,
                    null);
        }
        return new ReportTemplate(
                kind,
                saved.getString("title"),
                saved.getString("body"),
                ReportTemplates.placeholders(kind),
                true,
                saved.getOffsetDateTime("updated_at").toInstant(),
                saved.getString("updated_by_name"));
    }
}
