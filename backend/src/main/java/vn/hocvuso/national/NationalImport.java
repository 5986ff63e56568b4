package vn.hocvuso.national;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.certificate.CertificateCodes;
import vn.hocvuso.common.FileParsing;
import vn.hocvuso.common.FilesConfig;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.RowProblems;
import vn.hocvuso.common.RowProblems.RowProblem;
import vn.hocvuso.common.Spreadsheet;
import vn.hocvuso.common.TableFile;
import vn.hocvuso.common.Texts;
import vn.hocvuso.identity.PhoneNumbers;
import vn.hocvuso.stats.LearningFacts;
import vn.hocvuso.unit.Units;

/**
 * Results people earned on the national platform (binhdanhocvuso.gov.vn), from the file it publishes: CSV in any
 * encoding Excel writes, XLSX ({@link TableFile}), or JSON (an array of objects with the same fields). One row per
 * credential; a row becomes a certificate of source {@code NATIONAL} ({@code V130}) of the learner's enrolment in their
 * group's certifying course, so that the learner counts as certified wherever the portal's figures count one.
 *
 * <p>Which account a row is: the one whose phone is the row's phone, and only if its name is the row's name (ignoring
 * case, diacritics and spacing). The phone is required: the portal keeps no date of birth or citizen id, and a name
 * within a commune is not a person (two Nguyễn Văn An in one ward are common). A row naming no account, or an account
 * of another name, is that row's problem: a result is never attached to a guess. The unit's code, when given, must be a
 * unit; a learner who moved since is counted where they are now, as every figure counts them.
 *
 * <p>Duplicates are not counted twice: a credential already imported (this file's earlier row, or an earlier import)
 * for the same account is {@code UNCHANGED}; one naming another account is a problem. A learner already certified in
 * that course (on the portal, or by an earlier row) is {@code UNCHANGED} too: certified once. So the same file sent
 * again changes nothing. A dry run checks every row and writes nothing; the real run writes all rows in one
 * transaction, each certificate with its facts and an audit record, or nothing when any row is wrong.
 */
@ApplicationScoped
public class NationalImport {

    static final int MAX_ROWS = 5000;
    private static final int MAX_TITLE = 300;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern CREDENTIAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:-]{0,99}");
    /** The title a result gets when the file names none. */
    static final String DEFAULT_TITLE = "Khóa học trên Nền tảng Bình dân học vụ số";

    /** What an import answers: each good row's outcome, each wrong row's problems, and the counts. */
    public record Report(
            boolean dryRun,
            String encoding,
            int totalRows,
            int created,
            int unchanged,
            int errorRows,
            List<RowOutcome> rows,
            List<RowProblem> errors) {}

    /**
     * A good row: its line, the credential, the holder's name and unit, what it did or would do ({@code CREATE},
     * {@code CREATED}, {@code UNCHANGED}), why it changes nothing ({@code ALREADY_IMPORTED}, {@code ALREADY_CERTIFIED},
     * {@code REPEATED_IN_FILE}; else null), and the certificate that holds it (null in a dry run's new rows).
     */
    public record RowOutcome(
            int line,
            String credentialId,
            String fullName,
            String unitCode,
            String outcome,
            String reason,
            String certificateCode) {}

    /** An account a row may be, with its enrolment and certificate in its group's certifying course. */
    private record Account(
            UUID id,
            String fullName,
            String unitCode,
            Long agencyId,
            String group,
            UUID course,
            UUID enrollment,
            boolean passed,
            String certificate,
            boolean revoked) {}

    /** A checked row that writes: whose, which credential, which course and day. */
    private record Planned(int line, String credential, Account account, String title, LocalDate issuedOn) {}

    private final Pool pool;
    private final FileParsing parsing;
    private final TableFile.Limits limits;
    private final ObjectMapper json;
    private final LearningFacts facts;
    private final AuditLog audit;
    private final Clock clock;

    public NationalImport(
            Pool pool,
            FileParsing parsing,
            FilesConfig files,
            ObjectMapper json,
            LearningFacts facts,
            AuditLog audit,
            Clock clock) {
        this.pool = pool;
        this.parsing = parsing;
        this.limits = TableFile.Limits.of(files, MAX_ROWS);
        this.json = json;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks (and unless {@code dryRun} writes) a file; {@code asJson}: the body is the JSON form. */
    public Uni<Report> run(UUID actor, byte[] file, boolean asJson, boolean dryRun, Locale locale) {
        byte[] bytes = file == null ? new byte[0] : file;
        return parsing.parse(() -> NationalFile.read(bytes, asJson, limits, json))
                .chain(table -> pool.withTransaction(tx -> lookUp(tx, table).chain(found -> {
                    RowProblems problems = new RowProblems(locale);
                    List<RowOutcome> outcomes = new ArrayList<>();
                    List<Planned> planned = plan(table, found, problems, outcomes);
                    problems.refuseAnyUnless(dryRun);
                    Uni<Void> writes = Uni.createFrom().voidItem();
                    for (Planned p : planned) {
                        writes = writes.chain(() -> dryRun
                                ? Uni.createFrom()
                                        .item(outcome(p, "CREATE", null, null))
                                        .invoke(outcomes::add)
                                        .replaceWithVoid()
                                : write(tx, actor, p).invoke(outcomes::add).replaceWithVoid());
                    }
                    return writes.map(done -> {
                        outcomes.sort((a, b) -> Integer.compare(a.line(), b.line()));
                        int created = (int) outcomes.stream()
                                .filter(o -> o.outcome().startsWith("CREATE"))
                                .count();
                        return new Report(
                                dryRun,
                                table.encoding(),
                                table.rows().size(),
                                created,
                                outcomes.size() - created,
                                problems.rows(),
                                outcomes,
                                problems.list());
                    });
                })));
    }

    /** The accounts of the rows' phones, the credentials already imported, and the units the rows name. */
    private record Found(Map<String, Account> byPhone, Map<String, Imported> imported, Set<String> units) {}

    /** A credential imported before: to whom, as which certificate. */
    private record Imported(UUID userId, String certificate) {}

    private static final String ACCOUNTS = """
            SELECT u.id, u.phone, u.full_name, u.unit_code, u.agency_id, u.learner_group, lp.certifying_course_id,
                   e.id AS enrollment_id, e.passed_at IS NOT NULL AS passed, c.code, c.revoked_at IS NOT NULL AS revoked
            FROM app_user u
            LEFT JOIN learning_path lp ON lp.learner_group = u.learner_group
            LEFT JOIN enrollment e ON e.user_id = u.id AND e.course_id = lp.certifying_course_id
            LEFT JOIN certificate c ON c.enrollment_id = e.id
            WHERE u.phone = ANY ($1) AND NOT u.phone_unverified
            """;

    private Uni<Found> lookUp(SqlClient tx, TableFile.Table<NationalFile.Column> table) {
        Set<String> phones = new LinkedHashSet<>();
        Set<String> credentials = new LinkedHashSet<>();
        Set<String> units = new LinkedHashSet<>();
        for (TableFile.Row<NationalFile.Column> row : table.rows()) {
            PhoneNumbers.normalize(NationalFile.cell(row, NationalFile.Column.PHONE))
                    .ifPresent(phones::add);
            String credential = NationalFile.cell(row, NationalFile.Column.CREDENTIAL);
            if (credential != null) {
                credentials.add(credential);
            }
            String unit = NationalFile.cell(row, NationalFile.Column.UNIT);
            if (unit != null) {
                units.add(unit);
            }
        }
        return tx.preparedQuery(ACCOUNTS)
                .execute(Tuple.of(phones.toArray(String[]::new)))
                .chain(accounts -> tx.preparedQuery(
                                "SELECT external_id, user_id, code FROM certificate WHERE external_id = ANY ($1)")
                        .execute(Tuple.of(credentials.toArray(String[]::new)))
                        .chain(imported -> Units.existing(tx, units).map(known -> {
                            Map<String, Account> byPhone = new HashMap<>();
                            for (Row r : accounts) {
                                byPhone.put(
                                        r.getString("phone"),
                                        new Account(
                                                r.getUUID("id"),
                                                r.getString("full_name"),
                                                r.getString("unit_code"),
                                                r.getLong("agency_id"),
                                                r.getString("learner_group"),
                                                r.getUUID("certifying_course_id"),
                                                r.getUUID("enrollment_id"),
                                                Boolean.TRUE.equals(r.getBoolean("passed")),
                                                r.getString("code"),
                                                Boolean.TRUE.equals(r.getBoolean("revoked"))));
                            }
                            Map<String, Imported> byCredential = new HashMap<>();
                            for (Row r : imported) {
                                byCredential.put(
                                        r.getString("external_id"),
                                        new Imported(r.getUUID("user_id"), r.getString("code")));
                            }
                            return new Found(byPhone, byCredential, known);
                        })));
    }

    /**
     * Checks every row; adds the rows that change nothing to {@code unchanged} and answers the rows to write. A row's
     * problems are all named (a dry run lists them), but a row with any is neither written nor counted.
     */
    private List<Planned> plan(
            TableFile.Table<NationalFile.Column> table, Found found, RowProblems problems, List<RowOutcome> unchanged) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), VIETNAM);
        List<Planned> planned = new ArrayList<>();
        Map<String, UUID> credentialsSeen = new HashMap<>();
        Set<UUID> certifiedHere = new HashSet<>();
        for (TableFile.Row<NationalFile.Column> row : table.rows()) {
            int line = row.line();
            int before = problems.size();
            String credential = NationalFile.cell(row, NationalFile.Column.CREDENTIAL);
            if (credential == null) {
                problems.add(line, NationalFile.Column.CREDENTIAL, "credential_required");
            } else if (!CREDENTIAL.matcher(credential).matches()) {
                problems.add(line, NationalFile.Column.CREDENTIAL, "credential_invalid");
            }
            String name = NationalFile.cell(row, NationalFile.Column.NAME);
            if (name == null) {
                problems.add(line, NationalFile.Column.NAME, "holder_name_required");
            }
            String typedPhone = NationalFile.cell(row, NationalFile.Column.PHONE);
            String phone = PhoneNumbers.normalize(typedPhone).orElse(null);
            if (typedPhone == null) {
                problems.add(line, NationalFile.Column.PHONE, "national_phone_required");
            } else if (phone == null) {
                problems.add(line, NationalFile.Column.PHONE, "invalid_phone", typedPhone);
            }
            String unit = NationalFile.cell(row, NationalFile.Column.UNIT);
            if (unit != null && !found.units().contains(unit)) {
                problems.add(line, NationalFile.Column.UNIT, "unit_not_found", unit);
            }
            String title = NationalFile.cell(row, NationalFile.Column.COURSE);
            if (title != null && title.length() > MAX_TITLE) {
                problems.add(line, NationalFile.Column.COURSE, "course_title_too_long", MAX_TITLE);
            }
            String day = NationalFile.cell(row, NationalFile.Column.ISSUED_ON);
            LocalDate issuedOn = Spreadsheet.date(day);
            if (issuedOn == null) {
                problems.add(line, NationalFile.Column.ISSUED_ON, "issued_on_invalid", day == null ? "" : day);
            } else if (issuedOn.isAfter(today)) {
                problems.add(line, NationalFile.Column.ISSUED_ON, "issued_on_future", day);
            }
            Account account = phone == null ? null : found.byPhone().get(phone);
            if (phone != null && account == null) {
                problems.add(line, NationalFile.Column.PHONE, "learner_not_found", typedPhone);
            } else if (account != null && name != null && !Texts.fold(name).equals(Texts.fold(account.fullName()))) {
                problems.add(line, NationalFile.Column.NAME, "holder_name_differs", typedPhone);
            }
            if (problems.size() > before || account == null) {
                continue;
            }
            Imported earlier = found.imported().get(credential);
            UUID seenFor = credentialsSeen.putIfAbsent(credential, account.id());
            String reason = null;
            if (earlier != null && !earlier.userId().equals(account.id())
                    || seenFor != null && !seenFor.equals(account.id())) {
                problems.add(line, NationalFile.Column.CREDENTIAL, "credential_of_another_learner", credential);
            } else if (earlier != null) {
                reason = "ALREADY_IMPORTED";
            } else if (seenFor != null) {
                reason = "REPEATED_IN_FILE";
            } else if (account.course() == null) {
                problems.add(line, NationalFile.Column.PHONE, "no_certifying_course");
            } else if (account.certificate() != null && !account.revoked() || certifiedHere.contains(account.id())) {
                reason = "ALREADY_CERTIFIED";
            } else if (account.certificate() != null) {
                problems.add(
                        line, NationalFile.Column.CREDENTIAL, "certificate_revoked_in_course", account.certificate());
            }
            if (problems.size() > before) {
                continue;
            }
            Planned p = new Planned(line, credential, account, title == null ? DEFAULT_TITLE : title, issuedOn);
            if (reason != null) {
                unchanged.add(outcome(
                        p, "UNCHANGED", reason, earlier != null ? earlier.certificate() : account.certificate()));
            } else {
                certifiedHere.add(account.id());
                planned.add(p);
            }
        }
        return planned;
    }

    private static RowOutcome outcome(Planned p, String outcome, String reason, String certificate) {
        return new RowOutcome(
                p.line(), p.credential(), p.account().fullName(), p.account().unitCode(), outcome, reason, certificate);
    }

    /**
     * One row's certificate, in the import's transaction: the learner's enrolment in the course made or brought to
     * passed (the national platform's final test stands for the portal's), the certificate of that enrolment, and the
     * facts each change would have had on the portal, so that the rollups, the daily series and a rebuild all agree.
     */
    private Uni<RowOutcome> write(SqlClient tx, UUID actor, Planned p) {
        Account a = p.account();
        OffsetDateTime issuedAt = p.issuedOn().atStartOfDay(VIETNAM).toOffsetDateTime();
        LearningFacts.Learner learner = new LearningFacts.Learner(a.id(), a.unitCode(), a.agencyId(), a.group());
        UUID enrollment = a.enrollment() != null ? a.enrollment() : Ids.newId();
        Uni<Void> enrolled = a.enrollment() == null
                ? tx.preparedQuery("""
                        INSERT INTO enrollment (id, user_id, course_id, enrolled_at, lessons_completed_at, passed_at)
                        VALUES ($1, $2, $3, $4, $4, $4)
                        """)
                        .execute(Tuple.of(enrollment, a.id(), a.course(), issuedAt))
                        .chain(() ->
                                facts.record(tx, LearningFacts.Kind.ENROLLED, learner, a.course(), enrollment, null))
                        .chain(() -> facts.record(tx, LearningFacts.Kind.PASSED, learner, a.course(), enrollment, null))
                : a.passed()
                        ? Uni.createFrom().voidItem()
                        : tx.preparedQuery("""
                                UPDATE enrollment SET lessons_completed_at = coalesce(lessons_completed_at, $2),
                                                      passed_at = $2, updated_at = now()
                                WHERE id = $1
                                """)
                                .execute(Tuple.of(enrollment, issuedAt))
                                .chain(() -> facts.record(
                                        tx, LearningFacts.Kind.PASSED, learner, a.course(), enrollment, null));
        String code = CertificateCodes.newCode();
        UUID certificateId = Ids.newId();
        return enrolled.chain(() -> tx.preparedQuery("""
                        INSERT INTO certificate (id, code, enrollment_id, user_id, course_id, holder_name, unit_code,
                                                 unit_name, course_title, issued_at, source, external_id)
                        SELECT $1, $2, $3, u.id, $4, u.full_name, un.code, un.name, $5, $6, 'NATIONAL', $7
                        FROM app_user u JOIN unit un ON un.code = u.unit_code
                        WHERE u.id = $8
                        """)
                        .execute(Tuple.tuple()
                                .addUUID(certificateId)
                                .addString(code)
                                .addUUID(enrollment)
                                .addUUID(a.course())
                                .addString(p.title())
                                .addOffsetDateTime(issuedAt)
                                .addString(p.credential())
                                .addUUID(a.id())))
                .chain(() ->
                        facts.record(tx, LearningFacts.Kind.CERTIFIED, learner, a.course(), enrollment, certificateId))
                .chain(() -> audit.record(
                        tx,
                        actor,
                        "certificate.imported",
                        "certificate",
                        code,
                        Map.of("source", "NATIONAL", "credentialId", p.credential(), "holderId", a.id().toString())))
                .map(done -> outcome(p, "CREATED", null, code));
    }
}
