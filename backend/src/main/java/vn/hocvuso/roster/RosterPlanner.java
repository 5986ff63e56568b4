package vn.hocvuso.roster;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.hocvuso.common.Texts;
import vn.hocvuso.identity.PhoneNumbers;
import vn.hocvuso.roster.RosterFile.Column;

/**
 * Decides what each row of a roster does (create, update, leave unchanged, or refuse with reasons),
 * against the reference data and the accounts that exist now. The dry run shows this plan; the import
 * job computes it again for each batch just before writing, so that what is written matches the
 * database of that moment.
 */
final class RosterPlanner {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");
    static final Pattern EMPLOYEE_NUMBER = Pattern.compile("^[\\p{L}\\p{N}._/\\-]{1,50}$");
    static final Pattern DIGITS = Pattern.compile("^[0-9]+$");

    enum Action {
        CREATE,
        UPDATE,
        UNCHANGED,
        ERROR
    }

    /** One reason a row is refused; the message is looked up from "import.&lt;code&gt;" when shown. */
    record RowError(String field, String code, List<Object> args) {}

    /**
     * An account a file matched. {@code unclaimed}: made by a roster and never claimed by its person, so the
     * roster's contacts replace its own; an account a community helper registered has no password yet either,
     * but its contacts are the person's own and stay.
     */
    record Existing(
            UUID id,
            String fullName,
            String phone,
            String email,
            String employeeNumber,
            String unitCode,
            Long agencyId,
            String group,
            String className,
            boolean unclaimed) {}

    /** A row and what will happen to it. */
    static final class RowPlan {
        final RosterFile.Line line;
        String fullName;
        String phone;
        String email;
        String unitCode;
        String agencyRaw;
        Long agencyId;
        String className;
        String employeeNumber;
        final List<RowError> errors = new ArrayList<>();
        Action action;
        Existing existing;

        RowPlan(RosterFile.Line line) {
            this.line = line;
        }

        void error(String field, String code, Object... args) {
            errors.add(new RowError(field, code, List.of(args)));
        }

        boolean ok() {
            return errors.isEmpty();
        }
    }

    private RosterPlanner() {}

    /**
     * Every rule that needs no database. A roster of one organisation puts every row in it (an agency
     * column is not read), and a row without a unit takes the organisation's.
     */
    static RowPlan shape(RosterFile.Line line, RosterTarget target) {
        RowPlan p = new RowPlan(line);
        if (line.brokenShape()) {
            p.error("line", "column_count", line.cellCount(), line.headerCount());
        }
        p.fullName = Texts.cleanOrNull(line.get(Column.NAME));
        if (p.fullName == null) {
            p.error("name", "name_required");
        } else if (p.fullName.codePointCount(0, p.fullName.length()) < 2 || p.fullName.length() > 100) {
            p.error("name", "name_size");
        }
        String rawPhone = Texts.cleanOrNull(line.get(Column.PHONE));
        if (rawPhone != null) {
            // Excel stores a phone typed as a number and drops its leading 0: 912345678.
            String candidate = DIGITS.matcher(rawPhone).matches() && rawPhone.length() == 9 ? "0" + rawPhone : rawPhone;
            p.phone = PhoneNumbers.normalize(candidate).orElse(null);
            if (p.phone == null) {
                p.error("phone", "invalid_phone", rawPhone);
            }
        }
        String email = Texts.cleanOrNull(line.get(Column.EMAIL));
        if (email != null) {
            p.email = email.toLowerCase(Locale.ROOT);
            if (p.email.length() > 254 || !EMAIL.matcher(p.email).matches()) {
                p.error("email", "invalid_email", email);
            }
        }
        if (rawPhone == null && email == null) {
            p.error("phone", "contact_required");
        }
        String unit = Texts.cleanOrNull(line.get(Column.UNIT));
        if (unit == null && target.defaultUnit() != null) {
            p.unitCode = target.defaultUnit();
        } else if (unit == null) {
            p.error("unit", "unit_required");
        } else {
            // A code typed as a number loses its leading zeros.
            p.unitCode =
                    DIGITS.matcher(unit).matches() && unit.length() < 5 ? "0".repeat(5 - unit.length()) + unit : unit;
        }
        if (target.forOrganisation()) {
            p.agencyId = target.organisationId();
        } else {
            p.agencyRaw = Texts.cleanOrNull(line.get(Column.AGENCY));
        }
        if (target.students()) {
            p.className = Texts.cleanOrNull(line.get(Column.CLASS));
            if (p.className != null && p.className.length() > 50) {
                p.error("className", "class_size");
            }
        }
        String employee = Texts.cleanOrNull(line.get(Column.EMPLOYEE_NUMBER));
        if (employee != null) {
            if (!EMPLOYEE_NUMBER.matcher(employee).matches()) {
                p.error("employeeNumber", "employee_number_format", employee);
            } else {
                p.employeeNumber = employee.toUpperCase(Locale.ROOT);
            }
        }
        return p;
    }

    /** The same phone, e-mail or employee number twice in one file: the later rows are refused. */
    static void duplicatesInFile(List<RowPlan> rows) {
        Map<String, Integer> phones = new HashMap<>();
        Map<String, Integer> emails = new HashMap<>();
        Map<String, Integer> employees = new HashMap<>();
        for (RowPlan p : rows) {
            int line = p.line.line();
            if (p.employeeNumber != null) {
                Integer first = employees.putIfAbsent(p.employeeNumber, line);
                if (first != null) {
                    p.error("employeeNumber", "duplicate_employee_number_in_file", first);
                }
            }
            if (p.phone != null) {
                Integer first = phones.putIfAbsent(p.phone, line);
                if (first != null) {
                    p.error("phone", "duplicate_phone_in_file", first);
                }
            }
            if (p.email != null) {
                Integer first = emails.putIfAbsent(p.email, line);
                if (first != null) {
                    p.error("email", "duplicate_email_in_file", first);
                }
            }
        }
    }

    /** Unit codes and agencies against the reference tables, and the uploader's scope. */
    static Uni<Void> references(SqlClient db, List<RowPlan> rows, CallerScope scope) {
        Set<String> agencyValues = new LinkedHashSet<>();
        rows.forEach(p -> {
            if (p.agencyRaw != null) {
                agencyValues.add(p.agencyRaw);
            }
        });
        return db.preparedQuery("SELECT code FROM unit")
                .execute()
                .chain(unitRows -> {
                    Set<String> units = new LinkedHashSet<>();
                    unitRows.forEach(r -> units.add(r.getString(0)));
                    // An agency is named by its id or its name, matched ignoring case and accents like every search.
                    return db.preparedQuery("""
                    SELECT v, (SELECT a.id FROM agency a WHERE a.id::text = v OR vn_fold(a.name) = vn_fold(v)
                               ORDER BY a.id LIMIT 1) AS id
                    FROM unnest($1::text[]) v
                    """)
                            .execute(Tuple.of(agencyValues.toArray(String[]::new)))
                            .map(agencyRows -> {
                                Map<String, Long> agencies = new HashMap<>();
                                agencyRows.forEach(r -> agencies.put(r.getString("v"), r.getLong("id")));
                                for (RowPlan p : rows) {
                                    boolean unitKnown = p.unitCode != null && units.contains(p.unitCode);
                                    if (p.unitCode != null && !unitKnown) {
                                        p.error("unit", "unit_not_found", p.unitCode);
                                    }
                                    if (p.agencyRaw != null) {
                                        p.agencyId = agencies.get(p.agencyRaw);
                                        if (p.agencyId == null) {
                                            p.error("agency", "agency_not_found", p.agencyRaw);
                                        }
                                    }
                                    boolean agencyKnown = p.agencyRaw == null || p.agencyId != null;
                                    if (unitKnown && agencyKnown && !scope.allowed(p.unitCode, p.agencyId)) {
                                        boolean unitOutside = !scope.units().isEmpty()
                                                && !scope.units().contains(p.unitCode);
                                        if (unitOutside) {
                                            p.error("unit", "out_of_scope_unit", p.unitCode);
                                        } else {
                                            p.error("agency", "out_of_scope_agency");
                                        }
                                    }
                                }
                                return null;
                            });
                })
                .replaceWithVoid();
    }

    /**
     * Matches the valid rows with existing accounts (by employee number, else phone, else e-mail),
     * refuses contact details that belong to someone else, and decides create / update / unchanged.
     */
    static Uni<Void> againstAccounts(
            SqlClient db, List<RowPlan> rows, CallerScope scope, boolean hasAgencyColumn, RosterTarget target) {
        List<String> employees = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (RowPlan p : rows) {
            if (p.ok()) {
                if (p.employeeNumber != null) employees.add(p.employeeNumber);
                if (p.phone != null) phones.add(p.phone);
                if (p.email != null) emails.add(p.email);
            }
        }
        return db.preparedQuery("""
                SELECT id, full_name, phone, email, employee_number, unit_code, agency_id, learner_group, class_name,
                       password_hash = $4 AS unclaimed
                FROM app_user WHERE employee_number = ANY($1) OR phone = ANY($2) OR email = ANY($3)
                """)
                .execute(Tuple.of(
                        employees.toArray(String[]::new),
                        phones.toArray(String[]::new),
                        emails.toArray(String[]::new),
                        RosterWriter.NO_PASSWORD))
                .map(found -> {
                    Map<String, Existing> byEmployee = new HashMap<>();
                    Map<String, Existing> byPhone = new HashMap<>();
                    Map<String, Existing> byEmail = new HashMap<>();
                    for (Row r : found) {
                        Existing e = new Existing(
                                r.getUUID("id"),
                                r.getString("full_name"),
                                r.getString("phone"),
                                r.getString("email"),
                                r.getString("employee_number"),
                                r.getString("unit_code"),
                                r.getLong("agency_id"),
                                r.getString("learner_group"),
                                r.getString("class_name"),
                                r.getBoolean("unclaimed"));
                        if (e.employeeNumber() != null) byEmployee.put(e.employeeNumber(), e);
                        if (e.phone() != null) byPhone.put(e.phone(), e);
                        if (e.email() != null) byEmail.put(e.email(), e);
                    }
                    for (RowPlan p : rows) {
                        if (p.ok()) {
                            decide(p, new Found(byEmployee, byPhone, byEmail), scope, hasAgencyColumn, target);
                        } else {
                            p.action = Action.ERROR;
                        }
                    }
                    return null;
                })
                .replaceWithVoid();
    }

    /** The accounts a batch's rows may match, by employee number, phone and e-mail. */
    private record Found(
            Map<String, Existing> byEmployee, Map<String, Existing> byPhone, Map<String, Existing> byEmail) {}

    private static void decide(
            RowPlan p, Found found, CallerScope scope, boolean hasAgencyColumn, RosterTarget target) {
        Map<String, Existing> byPhone = found.byPhone();
        Map<String, Existing> byEmail = found.byEmail();
        Existing a = p.employeeNumber == null ? null : found.byEmployee().get(p.employeeNumber);
        if (a == null && p.phone != null) {
            a = byPhone.get(p.phone);
        }
        if (a == null && p.email != null) {
            a = byEmail.get(p.email);
        }
        // Matched by a contact but carrying another employee number: that phone is someone else's.
        if (a != null
                && p.employeeNumber != null
                && a.employeeNumber() != null
                && !a.employeeNumber().equals(p.employeeNumber)) {
            p.error(
                    byPhone.get(p.phone) == a ? "phone" : "email",
                    byPhone.get(p.phone) == a ? "phone_taken" : "email_taken");
            p.action = Action.ERROR;
            return;
        }
        Existing phoneOwner = p.phone == null ? null : byPhone.get(p.phone);
        if (phoneOwner != null && (a == null || !phoneOwner.id().equals(a.id()))) {
            p.error("phone", "phone_taken");
        }
        Existing emailOwner = p.email == null ? null : byEmail.get(p.email);
        if (emailOwner != null && (a == null || !emailOwner.id().equals(a.id()))) {
            p.error("email", "email_taken");
        }
        if (a != null
                && !a.unclaimed()
                && ((p.phone != null && a.phone() != null && !p.phone.equals(a.phone()))
                        || (p.email != null && a.email() != null && !p.email.equals(a.email())))) {
            p.error("phone", "contact_mismatch");
        }
        if (a != null && !scope.allowed(a.unitCode(), a.agencyId())) {
            p.error("line", "account_out_of_scope");
        }
        if (!p.ok()) {
            p.action = Action.ERROR;
            return;
        }
        p.existing = a;
        if (a == null) {
            p.action = Action.CREATE;
            return;
        }
        if (!hasAgencyColumn) {
            p.agencyId = a.agencyId();
        }
        boolean same = Objects.equals(a.fullName(), p.fullName)
                && Objects.equals(a.unitCode(), p.unitCode)
                && Objects.equals(a.agencyId(), p.agencyId)
                && target.group().equals(a.group())
                && Objects.equals(a.className(), newClass(p, target))
                && Objects.equals(a.employeeNumber(), p.employeeNumber == null ? a.employeeNumber() : p.employeeNumber)
                && Objects.equals(a.phone(), newPhone(p))
                && Objects.equals(a.email(), newEmail(p));
        p.action = same ? Action.UNCHANGED : Action.UPDATE;
    }

    /** An unclaimed account takes the roster's contacts; a claimed one keeps its own and only gains a missing one. */
    static String newPhone(RowPlan p) {
        Existing a = p.existing;
        if (a == null) return p.phone;
        return a.unclaimed() ? (p.phone != null ? p.phone : a.phone()) : (a.phone() != null ? a.phone() : p.phone);
    }

    static String newEmail(RowPlan p) {
        Existing a = p.existing;
        if (a == null) return p.email;
        return a.unclaimed() ? (p.email != null ? p.email : a.email()) : (a.email() != null ? a.email() : p.email);
    }

    /**
     * A student's class: the row's, else the one the account has if it is already a student's; nobody
     * else has one (the database allows a class to students only).
     */
    static String newClass(RowPlan p, RosterTarget target) {
        if (!target.students()) return null;
        if (p.className != null) return p.className;
        Existing a = p.existing;
        return a != null && RosterTarget.STUDENTS.equals(a.group()) ? a.className() : null;
    }

    static String newEmployeeNumber(RowPlan p) {
        return p.employeeNumber != null ? p.employeeNumber : p.existing == null ? null : p.existing.employeeNumber();
    }
}
