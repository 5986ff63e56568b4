package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.FileParsing;
import vn.hocvuso.common.FilesConfig;
import vn.hocvuso.common.Messages;
import vn.hocvuso.common.Spreadsheet;
import vn.hocvuso.common.TableFile;
import vn.hocvuso.common.Texts;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Scope;
import vn.hocvuso.stats.DenominatorService.AgencyDenominatorRequest;
import vn.hocvuso.stats.DenominatorService.UnitDenominatorRequest;

/**
 * Denominators from a file (CSV in any encoding Excel writes, or XLSX): one row per unit or agency and
 * date. A dry run checks every row and writes nothing; the real run writes every row in one transaction,
 * or nothing when any row is wrong. A row equal to the version already stored changes nothing, so the
 * same file twice is harmless.
 *
 * <p>Who may upload: administrators, and service accounts with {@code denominators:write} within their
 * limits. Not unit or agency managers: a rate's denominator is not set by those it measures.
 */
@ApplicationScoped
public class DenominatorImport {

    static final int MAX_ROWS = 1000;

    /** The columns of a denominator file, as the template names them, and the names people also use. */
    enum Column {
        UNIT("Mã đơn vị", "madonvi", "maxaphuong", "maxaphuongdackhu", "maxa", "unitcode", "unit"),
        AGENCY("Cơ quan", "coquan", "macoquan", "agency", "agencyid"),
        VALID_FROM("Hiệu lực từ", "hieuluctu", "ngayhieuluc", "tungay", "validfrom"),
        POPULATION("Dân số", "danso", "population"),
        ADULTS("Dân số trưởng thành", "dansotruongthanh", "nguoitruongthanh", "adultpopulation", "adults"),
        PUBLIC_SERVANTS("Số CBCCVC", "socbccvc", "cbccvc", "bienche", "sobienche", "publicservants"),
        ESTIMATED("Ước tính", "uoctinh", "estimated"),
        SOURCE("Nguồn số liệu", "nguonsolieu", "nguon", "source");

        final String vietnamese;
        private final List<String> aliases;

        Column(String vietnamese, String... aliases) {
            this.vietnamese = vietnamese;
            this.aliases = List.of(aliases);
        }

        static Optional<Column> of(String header) {
            return TableFile.column(values(), c -> c.aliases, header);
        }
    }

    public record RowProblem(int line, String field, String code, String message) {}

    public record RowOutcome(int line, String unitCode, Long agencyId, LocalDate validFrom, String outcome) {}

    public record Report(
            boolean dryRun,
            String encoding,
            int totalRows,
            int validRows,
            int errorRows,
            int created,
            int updated,
            int unchanged,
            List<RowOutcome> rows,
            List<RowProblem> errors) {}

    /** A checked row, ready to write. */
    private record Planned(
            int line, String unitCode, Long agencyId, UnitDenominatorRequest unit, AgencyDenominatorRequest agency) {
        LocalDate validFrom() {
            return unit != null ? unit.validFrom() : agency.validFrom();
        }
    }

    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final Pool pool;
    private final DenominatorService denominators;
    private final StatsData data;
    private final FileParsing parsing;
    private final TableFile.Limits limits;

    public DenominatorImport(
            Pool pool, DenominatorService denominators, StatsData data, FileParsing parsing, FilesConfig files) {
        this.pool = pool;
        this.denominators = denominators;
        this.data = data;
        this.parsing = parsing;
        this.limits = TableFile.Limits.of(files, MAX_ROWS);
    }

    public Uni<Report> run(Caller caller, byte[] file, boolean dryRun, Locale locale) {
        caller.requireAdminOr(Scope.DENOMINATORS_WRITE);
        // Parsed on the file-parsing pool, then checked and written on the event loop.
        return parsing.parse(() -> read(file == null ? new byte[0] : file, limits))
                .chain(read -> pool.withTransaction(tx -> directory(tx).chain(dir -> {
                    List<RowProblem> problems = new ArrayList<>();
                    List<Planned> planned = new ArrayList<>();
                    Map<String, Integer> seen = new HashMap<>();
                    for (int i = 0; i < read.rows().size(); i++) {
                        check(caller, read.lines().get(i), read.rows().get(i), dir, seen, planned, problems, locale);
                    }
                    if (!dryRun && !problems.isEmpty()) {
                        throw new ApiException(StatusCode.BAD_REQUEST, "import_has_errors", problems.size());
                    }
                    return apply(tx, caller, planned, dryRun)
                            .map(outcomes -> report(
                                    dryRun, read.encoding(), read.rows().size(), planned, outcomes, problems, locale));
                })))
                .call(data::denominatorsChanged);
    }

    /** The file's data rows (cleaned cells of the denominator columns), their lines and its encoding. */
    private record Read(List<Map<Column, String>> rows, List<Integer> lines, String encoding) {}

    private static Read read(byte[] file, TableFile.Limits limits) {
        TableFile.Table<Column> table = TableFile.read(file, limits, Column::of);
        TableFile.requireColumns(
                table, List.of(Column.VALID_FROM, Column.SOURCE), Column.UNIT, Column.AGENCY, c -> c.vietnamese);
        List<Map<Column, String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (TableFile.Row<Column> row : table.rows()) {
            Map<Column, String> values = new HashMap<>();
            row.cells().forEach((column, text) -> {
                String value = text == null ? null : Texts.cleanOrNull(text);
                if (value != null) {
                    values.put(column, value);
                }
            });
            rows.add(values);
            lines.add(row.line());
        }
        if (rows.isEmpty()) {
            throw new ApiException(StatusCode.BAD_REQUEST, "import_empty");
        }
        return new Read(rows, lines, table.encoding());
    }

    private record Directory(Map<String, String> units, Map<Long, String> agencies) {}

    private static Uni<Directory> directory(SqlClient tx) {
        return tx.preparedQuery("SELECT code, name FROM unit")
                .execute()
                .chain(units -> tx.preparedQuery("SELECT id, name FROM agency")
                        .execute()
                        .map(agencies -> {
                            Map<String, String> u = new HashMap<>();
                            units.forEach(r -> u.put(r.getString(0), r.getString(1)));
                            Map<Long, String> a = new HashMap<>();
                            agencies.forEach(r -> a.put(r.getLong(0), r.getString(1)));
                            return new Directory(u, a);
                        }));
    }

    private void check(
            Caller caller,
            int line,
            Map<Column, String> row,
            Directory dir,
            Map<String, Integer> seen,
            List<Planned> planned,
            List<RowProblem> problems,
            Locale locale) {
        int before = problems.size();
        String unit = row.get(Column.UNIT);
        String agencyText = row.get(Column.AGENCY);
        Long agency = null;
        if ((unit == null) == (agencyText == null)) {
            problem(problems, line, Column.UNIT, "denominator_target", locale);
        } else if (unit != null) {
            if (!dir.units().containsKey(unit)) {
                problem(problems, line, Column.UNIT, "unit_not_found", locale, unit);
            } else if (limited(caller) && !caller.units().contains(unit)) {
                problem(problems, line, Column.UNIT, "out_of_scope_unit", locale, unit);
            }
        } else {
            agency = findAgency(agencyText, dir);
            if (agency == null) {
                problem(problems, line, Column.AGENCY, "agency_not_found", locale, agencyText);
            } else if (limited(caller) && !caller.agencies().contains(agency)) {
                problem(problems, line, Column.AGENCY, "out_of_scope_agency", locale);
            }
        }
        LocalDate validFrom = date(row.get(Column.VALID_FROM));
        if (validFrom == null) {
            problem(
                    problems,
                    line,
                    Column.VALID_FROM,
                    "invalid_date",
                    locale,
                    Objects.toString(row.get(Column.VALID_FROM), ""));
        }
        Integer population = count(row, Column.POPULATION, line, problems, locale);
        Integer adults = count(row, Column.ADULTS, line, problems, locale);
        Integer servants = count(row, Column.PUBLIC_SERVANTS, line, problems, locale);
        if (population != null && adults != null && adults > population) {
            problem(problems, line, Column.ADULTS, "adults_above_population", locale);
        }
        if (agencyText != null && unit == null && (population != null || adults != null)) {
            problem(problems, line, Column.POPULATION, "agency_population", locale);
        }
        if (row.get(Column.POPULATION) == null
                && row.get(Column.ADULTS) == null
                && row.get(Column.PUBLIC_SERVANTS) == null) {
            problem(problems, line, Column.POPULATION, "no_figure", locale);
        }
        Boolean estimated = yesNo(row.get(Column.ESTIMATED));
        if (estimated == null) {
            problem(
                    problems,
                    line,
                    Column.ESTIMATED,
                    "invalid_yes_no",
                    locale,
                    Objects.toString(row.get(Column.ESTIMATED), ""));
        }
        String source = row.get(Column.SOURCE);
        if (source == null) {
            problem(problems, line, Column.SOURCE, "source_required", locale);
        } else if (source.length() > 500) {
            problem(problems, line, Column.SOURCE, "source_size", locale);
        }
        String key = (unit != null ? "u:" + unit : "a:" + agency) + "@" + validFrom;
        Integer first = seen.putIfAbsent(key, line);
        if (first != null && problems.size() == before) {
            problem(problems, line, unit != null ? Column.UNIT : Column.AGENCY, "duplicate_in_file", locale, first);
        }
        if (problems.size() == before) {
            planned.add(
                    unit != null
                            ? new Planned(
                                    line,
                                    unit,
                                    null,
                                    new UnitDenominatorRequest(
                                            validFrom, population, adults, servants, estimated, source),
                                    null)
                            : new Planned(
                                    line,
                                    null,
                                    agency,
                                    null,
                                    new AgencyDenominatorRequest(validFrom, servants, estimated, source)));
        }
    }

    /** Each row against the stored version of the same date: unchanged rows are not written. */
    private Uni<List<RowOutcome>> apply(SqlClient tx, Caller caller, List<Planned> planned, boolean dryRun) {
        List<RowOutcome> outcomes = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Planned p : planned) {
            chain = chain.chain(() -> existing(tx, p).chain(stored -> {
                String outcome = stored.isEmpty() ? "CREATE" : stored.get().equals(values(p)) ? "UNCHANGED" : "UPDATE";
                outcomes.add(new RowOutcome(
                        p.line(),
                        p.unitCode(),
                        p.agencyId(),
                        p.validFrom(),
                        dryRun || outcome.equals("UNCHANGED") ? outcome : outcome + "D"));
                if (dryRun || outcome.equals("UNCHANGED")) {
                    return Uni.createFrom().voidItem();
                }
                UUID actor = caller.id();
                return p.unit() != null
                        ? denominators.upsertUnit(tx, actor, p.unitCode(), p.unit(), "import")
                        : denominators.upsertAgency(tx, actor, p.agencyId(), p.agency(), "import");
            }));
        }
        return chain.replaceWith(outcomes);
    }

    private static Uni<Optional<List<Object>>> existing(SqlClient tx, Planned p) {
        Uni<RowSet<Row>> rows = p.unit() != null
                ? tx.preparedQuery("""
                        SELECT population, adult_population, public_servants, estimated, source FROM unit_denominator
                        WHERE unit_code = $1 AND valid_from = $2""").execute(Tuple.of(p.unitCode(), p.validFrom()))
                : tx.preparedQuery("""
                        SELECT NULL::int, NULL::int, public_servants, estimated, source FROM agency_denominator
                        WHERE agency_id = $1 AND valid_from = $2""").execute(Tuple.of(p.agencyId(), p.validFrom()));
        return rows.map(set -> {
            if (set.size() == 0) {
                return Optional.empty();
            }
            Row r = set.iterator().next();
            return Optional.of(
                    Arrays.asList(r.getInteger(0), r.getInteger(1), r.getInteger(2), r.getBoolean(3), r.getString(4)));
        });
    }

    private static List<Object> values(Planned p) {
        return p.unit() != null
                ? Arrays.asList(
                        p.unit().population(),
                        p.unit().adultPopulation(),
                        p.unit().publicServants(),
                        p.unit().estimated(),
                        p.unit().source())
                : Arrays.asList(
                        null,
                        null,
                        p.agency().publicServants(),
                        p.agency().estimated(),
                        p.agency().source());
    }

    private static Report report(
            boolean dryRun,
            String encoding,
            int total,
            List<Planned> planned,
            List<RowOutcome> outcomes,
            List<RowProblem> problems,
            Locale locale) {
        int created = (int)
                outcomes.stream().filter(o -> o.outcome().startsWith("CREATE")).count();
        int updated = (int)
                outcomes.stream().filter(o -> o.outcome().startsWith("UPDATE")).count();
        int unchanged = (int)
                outcomes.stream().filter(o -> o.outcome().equals("UNCHANGED")).count();
        int errorRows = (int) problems.stream().map(RowProblem::line).distinct().count();
        return new Report(
                dryRun, encoding, total, planned.size(), errorRows, created, updated, unchanged, outcomes, problems);
    }

    /** A service account with limits writes only within them (units for unit rows, agencies for agency rows). */
    private static boolean limited(Caller caller) {
        return !caller.isAdmin()
                && (!caller.units().isEmpty() || !caller.agencies().isEmpty());
    }

    private static Long findAgency(String text, Directory dir) {
        if (text.matches("[0-9]{1,9}")) {
            long id = Long.parseLong(text);
            return dir.agencies().containsKey(id) ? id : null;
        }
        String folded = Spreadsheet.fold(text);
        return dir.agencies().entrySet().stream()
                .filter(e -> Spreadsheet.fold(e.getValue()).equals(folded))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** 2026-01-01 or 1/1/2026 (as Vietnamese spreadsheets write dates). */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A count as people type it: 56012, 56.012 or 56,012 (thousands separators), or empty for unknown. */
    private static Integer count(
            Map<Column, String> row, Column column, int line, List<RowProblem> problems, Locale locale) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[.,\\s]", "");
        if (!digits.matches("[0-9]{1,9}")) {
            problem(problems, line, column, "invalid_count", locale, text);
            return null;
        }
        return Integer.parseInt(digits);
    }

    private static Boolean yesNo(String text) {
        if (text == null) {
            return Boolean.FALSE;
        }
        return switch (Spreadsheet.fold(text)) {
            case "co", "x", "1", "true", "yes", "uoctinh" -> Boolean.TRUE;
            case "khong", "0", "false", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static void problem(
            List<RowProblem> problems, int line, Column column, String code, Locale locale, Object... args) {
        problems.add(new RowProblem(line, column.vietnamese, code, Messages.get(locale, "import." + code, args)));
    }
}
