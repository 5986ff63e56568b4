package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.hocvuso.common.FileParsing;
import vn.hocvuso.common.FilesConfig;
import vn.hocvuso.common.RowProblems;
import vn.hocvuso.common.RowProblems.RowProblem;
import vn.hocvuso.common.Spreadsheet;
import vn.hocvuso.common.TableFile;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Reach;
import vn.hocvuso.security.Scope;
import vn.hocvuso.stats.DenominatorFile.Column;
import vn.hocvuso.stats.DenominatorService.AgencyDenominatorRequest;
import vn.hocvuso.stats.DenominatorService.UnitDenominatorRequest;
import vn.hocvuso.stats.DenominatorService.VillageDenominatorRequest;

/**
 * Denominators from a file (CSV in any encoding Excel writes, or XLSX; its format is {@link
 * DenominatorFile}): one row per place and date, for every kind the API takes — a unit (population,
 * adults, public servants), a village of a unit (population, adults), an organisation (public servants;
 * a school's students; an enterprise's workers). A dry run checks every row and writes nothing; the real
 * run writes every row in one transaction, or nothing when any row is wrong. A row equal to the version
 * already stored changes nothing, so the same file twice is harmless.
 *
 * <p>Who may upload: the national administrator (every place), a province administrator (the units,
 * organisations and villages of its provinces, {@code Caller#administered}), and service accounts with {@code
 * denominators:write} within their limits (a village is within its unit's). A row naming a place outside them
 * is that row's problem ({@code out_of_scope_unit}, {@code out_of_scope_agency}), as an unknown place's is, and the
 * file is then written nowhere. Not unit or agency managers: a rate's denominator is not set by those it measures.
 */
@ApplicationScoped
public class DenominatorImport {

    static final int MAX_ROWS = 1000;

    /** What a row sets the denominators of. */
    enum Kind {
        UNIT,
        VILLAGE,
        AGENCY
    }

    public record RowOutcome(
            int line, String unitCode, Long agencyId, Long villageId, LocalDate validFrom, String outcome) {}

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

    /** Writes a checked row's version, in the import's transaction. */
    @FunctionalInterface
    private interface Write {
        Uni<Void> to(SqlClient tx, UUID actor);
    }

    /** A checked row, ready to write: where, from when, its values as stored (to compare), how to write it. */
    private record Planned(
            int line,
            Kind kind,
            String unitCode,
            Long agencyId,
            Long villageId,
            LocalDate validFrom,
            List<Object> values,
            Write write) {}

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
        Reach within = within(caller);
        // Parsed on the file-parsing pool, then checked and written on the event loop.
        return parsing.parse(() -> DenominatorFile.read(file == null ? new byte[0] : file, limits))
                .chain(read ->
                        pool.withTransaction(tx -> DenominatorDirectory.read(tx).chain(dir -> {
                            RowProblems problems = new RowProblems(locale);
                            List<Planned> planned = new ArrayList<>();
                            Map<String, Integer> seen = new HashMap<>();
                            for (int i = 0; i < read.rows().size(); i++) {
                                Problems p = new Problems(problems, read.lines().get(i));
                                check(within, read.rows().get(i), dir, seen, planned, p);
                            }
                            problems.refuseAnyUnless(dryRun);
                            return apply(tx, caller, planned, dryRun)
                                    .map(outcomes -> report(
                                            dryRun, read.encoding(), read.rows().size(), planned, outcomes, problems));
                        })))
                .call(data::denominatorsChanged);
    }

    /** The problems of one line. */
    private record Problems(RowProblems all, int line) {
        void add(Column column, String code, Object... args) {
            all.add(line, column, code, args);
        }
    }

    private void check(
            Reach within,
            Map<Column, String> row,
            DenominatorDirectory dir,
            Map<String, Integer> seen,
            List<Planned> planned,
            Problems problems) {
        int before = problems.all().size();
        String unit = row.get(Column.UNIT);
        String agencyText = row.get(Column.AGENCY);
        String villageText = row.get(Column.VILLAGE);
        Kind kind = agencyText != null
                ? (unit == null && villageText == null ? Kind.AGENCY : null)
                : unit != null ? (villageText == null ? Kind.UNIT : Kind.VILLAGE) : null;
        Long agency = null;
        Long village = null;
        if (kind == null) {
            problems.add(Column.UNIT, "denominator_target");
        } else if (kind == Kind.AGENCY) {
            agency = dir.agency(agencyText);
            if (agency == null) {
                problems.add(Column.AGENCY, "agency_not_found", agencyText);
            } else if (!within.coversAgency(agency)) {
                problems.add(Column.AGENCY, "out_of_scope_agency");
            }
        } else if (!dir.units().containsKey(unit)) {
            problems.add(Column.UNIT, "unit_not_found", unit);
        } else if (!within.coversUnit(unit)) {
            problems.add(Column.UNIT, "out_of_scope_unit", unit);
        } else if (kind == Kind.VILLAGE) {
            village = dir.village(unit, villageText);
            if (village == null) {
                problems.add(Column.VILLAGE, "village_not_found", villageText, unit);
            }
        }
        LocalDate validFrom = Spreadsheet.date(row.get(Column.VALID_FROM));
        if (validFrom == null) {
            problems.add(Column.VALID_FROM, "invalid_date", Objects.toString(row.get(Column.VALID_FROM), ""));
        }
        Map<Column, Integer> counts = new HashMap<>();
        for (Column c :
                List.of(Column.POPULATION, Column.ADULTS, Column.PUBLIC_SERVANTS, Column.STUDENTS, Column.WORKERS)) {
            String text = row.get(c);
            if (text != null) {
                Integer n = DenominatorFile.count(text);
                if (n == null) {
                    problems.add(c, "invalid_count", text);
                } else {
                    counts.put(c, n);
                }
            }
        }
        Integer population = counts.get(Column.POPULATION);
        Integer adults = counts.get(Column.ADULTS);
        if (population != null && adults != null && adults > population) {
            problems.add(Column.ADULTS, "adults_above_population");
        }
        if (kind != null) {
            figuresOfKind(
                    kind, agency == null ? null : dir.agencies().get(agency).kind(), row, problems);
        }
        if (counts.isEmpty() && problems.all().size() == before) {
            problems.add(Column.POPULATION, "no_figure");
        }
        Boolean estimated = DenominatorFile.yesNo(row.get(Column.ESTIMATED));
        if (estimated == null) {
            problems.add(Column.ESTIMATED, "invalid_yes_no", Objects.toString(row.get(Column.ESTIMATED), ""));
        }
        String source = row.get(Column.SOURCE);
        if (source == null) {
            problems.add(Column.SOURCE, "source_required");
        } else if (source.length() > 500) {
            problems.add(Column.SOURCE, "source_size");
        }
        if (problems.all().size() != before) {
            return;
        }
        String key =
                kind + ":" + (kind == Kind.UNIT ? unit : kind == Kind.VILLAGE ? village : agency) + "@" + validFrom;
        Integer first = seen.putIfAbsent(key, problems.line());
        if (first != null) {
            problems.add(kind == Kind.AGENCY ? Column.AGENCY : Column.UNIT, "duplicate_in_file", first);
            return;
        }
        planned.add(plan(problems.line(), kind, unit, agency, village, validFrom, counts, estimated, source));
    }

    /**
     * Which figures a row of this kind may give: population and adults for a unit or village, public
     * servants for a unit or organisation, students for a school, workers for an enterprise.
     */
    private static void figuresOfKind(Kind kind, String orgKind, Map<Column, String> row, Problems problems) {
        if (kind == Kind.AGENCY && (row.get(Column.POPULATION) != null || row.get(Column.ADULTS) != null)) {
            problems.add(Column.POPULATION, "agency_population");
        }
        if (kind == Kind.VILLAGE && row.get(Column.PUBLIC_SERVANTS) != null) {
            problems.add(Column.PUBLIC_SERVANTS, "figure_not_of_kind", Column.PUBLIC_SERVANTS.header());
        }
        if (row.get(Column.STUDENTS) != null && !"SCHOOL".equals(orgKind)) {
            problems.add(Column.STUDENTS, "figure_not_of_kind", Column.STUDENTS.header());
        }
        if (row.get(Column.WORKERS) != null && !"ENTERPRISE".equals(orgKind)) {
            problems.add(Column.WORKERS, "figure_not_of_kind", Column.WORKERS.header());
        }
    }

    private Planned plan(
            int line,
            Kind kind,
            String unit,
            Long agency,
            Long village,
            LocalDate validFrom,
            Map<Column, Integer> counts,
            boolean estimated,
            String source) {
        Integer population = counts.get(Column.POPULATION);
        Integer adults = counts.get(Column.ADULTS);
        Integer servants = counts.get(Column.PUBLIC_SERVANTS);
        return switch (kind) {
            case UNIT -> {
                var r = new UnitDenominatorRequest(validFrom, population, adults, servants, estimated, source);
                yield new Planned(
                        line,
                        kind,
                        unit,
                        null,
                        null,
                        validFrom,
                        Arrays.asList(population, adults, servants, estimated, source),
                        (tx, actor) -> denominators.upsertUnit(tx, actor, unit, r, "import"));
            }
            case VILLAGE -> {
                var r = new VillageDenominatorRequest(validFrom, population, adults, estimated, source);
                yield new Planned(
                        line,
                        kind,
                        unit,
                        null,
                        village,
                        validFrom,
                        Arrays.asList(population, adults, estimated, source),
                        (tx, actor) -> denominators.upsertVillage(tx, actor, village, r, "import"));
            }
            case AGENCY -> {
                Integer students = counts.get(Column.STUDENTS);
                Integer workers = counts.get(Column.WORKERS);
                var r = new AgencyDenominatorRequest(validFrom, servants, students, workers, estimated, source);
                yield new Planned(
                        line,
                        kind,
                        null,
                        agency,
                        null,
                        validFrom,
                        Arrays.asList(servants, students, workers, estimated, source),
                        (tx, actor) -> denominators.upsertAgency(tx, actor, agency, r, "import"));
            }
        };
    }

    /** Each row against the stored version of the same date: unchanged rows are not written. */
    private Uni<List<RowOutcome>> apply(SqlClient tx, Caller caller, List<Planned> planned, boolean dryRun) {
        List<RowOutcome> outcomes = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Planned p : planned) {
            chain = chain.chain(() -> existing(tx, p).chain(stored -> {
                String outcome = stored.isEmpty() ? "CREATE" : stored.get().equals(p.values()) ? "UNCHANGED" : "UPDATE";
                boolean write = !dryRun && !outcome.equals("UNCHANGED");
                outcomes.add(new RowOutcome(
                        p.line(),
                        p.unitCode(),
                        p.agencyId(),
                        p.villageId(),
                        p.validFrom(),
                        write ? outcome + "D" : outcome));
                return write ? p.write().to(tx, caller.id()) : Uni.createFrom().voidItem();
            }));
        }
        return chain.replaceWith(outcomes);
    }

    /** The stored version of the row's place and date, as {@link Planned#values} lists them. */
    private static Uni<Optional<List<Object>>> existing(SqlClient tx, Planned p) {
        String sql = switch (p.kind()) {
            case UNIT ->
                "SELECT population, adult_population, public_servants, estimated, source"
                        + " FROM unit_denominator WHERE unit_code = $1 AND valid_from = $2";
            case VILLAGE ->
                "SELECT population, adult_population, estimated, source"
                        + " FROM village_denominator WHERE village_id = $1 AND valid_from = $2";
            case AGENCY ->
                "SELECT public_servants, students, workers, estimated, source"
                        + " FROM agency_denominator WHERE agency_id = $1 AND valid_from = $2";
        };
        Object key = switch (p.kind()) {
            case UNIT -> p.unitCode();
            case VILLAGE -> p.villageId();
            case AGENCY -> p.agencyId();
        };
        return tx.preparedQuery(sql).execute(Tuple.of(key, p.validFrom())).map(set -> {
            if (set.size() == 0) {
                return Optional.empty();
            }
            Row r = set.iterator().next();
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                values.add(r.getValue(i));
            }
            return Optional.of(values);
        });
    }

    private static Report report(
            boolean dryRun,
            String encoding,
            int total,
            List<Planned> planned,
            List<RowOutcome> outcomes,
            RowProblems problems) {
        int created = (int)
                outcomes.stream().filter(o -> o.outcome().startsWith("CREATE")).count();
        int updated = (int)
                outcomes.stream().filter(o -> o.outcome().startsWith("UPDATE")).count();
        int unchanged = (int)
                outcomes.stream().filter(o -> o.outcome().equals("UNCHANGED")).count();
        return new Report(
                dryRun,
                encoding,
                total,
                planned.size(),
                problems.rows(),
                created,
                updated,
                unchanged,
                outcomes,
                problems.list());
    }

    /**
     * The places a caller's rows may name: a person's, those it administers (every place for the national
     * administrator, its provinces' for a province administrator, anyone else 403); a service account's with the
     * scope, its limits (units for unit and village rows, agencies for agency rows; none: every place).
     */
    private static Reach within(Caller caller) {
        if (!caller.isService()) {
            return caller.administered();
        }
        caller.requireAdminOr(Scope.DENOMINATORS_WRITE);
        Set<String> units = caller.units();
        Set<Long> agencies = caller.agencies();
        return units.isEmpty() && agencies.isEmpty() ? Reach.ALL : new Reach(false, units, agencies);
    }
}
