package vn.hocvuso.village;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.hocvuso.common.FileParsing;
import vn.hocvuso.common.FilesConfig;
import vn.hocvuso.common.ImportColumn;
import vn.hocvuso.common.ImportReport;
import vn.hocvuso.common.ImportReport.RowOutcome;
import vn.hocvuso.common.RowProblems;
import vn.hocvuso.common.Spreadsheet;
import vn.hocvuso.common.TableFile;
import vn.hocvuso.common.Texts;
import vn.hocvuso.unit.Units;
import vn.hocvuso.village.VillageViews.Village;

/**
 * Villages from a file (CSV in any encoding Excel writes, or XLSX, read by {@code common.TableFile} within the same
 * limits as the other imports): one row per village, named within its unit. The unit is the row's {@code Mã đơn vị},
 * or, when the row leaves it empty, the unit the request names (a unit's page sends its own). A row whose village
 * exists (same unit, same name ignoring case and diacritics) changes its kind or nothing; any other row creates one.
 * A closed village of that name is a row's problem: reopening it is a decision for its page, not for a file. A dry
 * run checks every row and writes nothing; the real run writes every row in one transaction, each change audited as
 * the single edits are ({@code village.created}, {@code village.updated}), or nothing when any row is wrong.
 */
@ApplicationScoped
public class VillageImport {

    /** As many rows as an organisation file. */
    static final int MAX_ROWS = 2000;

    /** The longest name a village may have (the table's check). */
    private static final int MAX_NAME = 200;

    /** The columns of a village file, as the template names them, and the names people also use. */
    enum Column implements ImportColumn {
        UNIT("Mã đơn vị", "madonvi", "maxaphuong", "maxaphuongdackhu", "maxa", "unitcode", "unit"),
        NAME(
                "Tên thôn/tổ dân phố",
                "tenthontodanpho",
                "thontodanpho",
                "tenthon",
                "thon",
                "tentodanpho",
                "todanpho",
                "tenthonto",
                "ten",
                "village",
                "name"),
        KIND("Loại", "loai", "phanloai", "kind");

        private final Names names;

        Column(String header, String... aliases) {
            this.names = new Names(header, aliases);
        }

        @Override
        public Names names() {
            return names;
        }
    }

    /** The template's columns, in its order. */
    static final List<String> TEMPLATE = ImportColumn.headers(Column.class);

    /** A checked row: its unit, name and kind, and the village it changes (or null: a new one). */
    private record Planned(int line, String unitCode, String name, VillageKind kind, Village existing) {}

    private final Pool pool;
    private final Villages villages;
    private final VillageService service;
    private final FileParsing parsing;
    private final TableFile.Limits limits;

    public VillageImport(Pool pool, Villages villages, VillageService service, FileParsing parsing, FilesConfig files) {
        this.pool = pool;
        this.villages = villages;
        this.service = service;
        this.parsing = parsing;
        this.limits = TableFile.Limits.of(files, MAX_ROWS);
    }

    /**
     * Checks (and unless {@code dryRun} writes) a file.
     *
     * @param managed the units the caller keeps; null for an administrator, who keeps every unit
     * @param unitCode the unit of the rows that name none; null when every row must name its own
     */
    public Uni<ImportReport> run(
            UUID actor, Set<String> managed, String unitCode, byte[] file, boolean dryRun, Locale locale) {
        return parsing.parse(() -> TableFile.read(
                        file == null ? new byte[0] : file,
                        limits,
                        Column.class,
                        List.of(Column.NAME, Column.KIND),
                        List.of()))
                .chain(table -> {
                    Set<String> codes = new LinkedHashSet<>();
                    table.rows().forEach(row -> codes.add(unitOf(row, unitCode)));
                    codes.remove(null);
                    return service.changed(pool.withTransaction(tx -> Units.existing(tx, codes)
                            .chain(units -> villages.ofUnits(tx, units).map(list -> new Directory(units, list)))
                            .chain(dir -> {
                                RowProblems problems = new RowProblems(locale);
                                List<Planned> planned = plan(table, unitCode, managed, dir, problems);
                                problems.refuseAnyUnless(dryRun);
                                return apply(tx, actor, planned, dryRun)
                                        .map(rows -> ImportReport.of(dryRun, table, rows, problems));
                            })));
                });
    }

    /** The units the file names that exist, and their villages by unit and folded name. */
    private record Directory(Set<String> units, Map<String, Village> byKey) {
        Directory(Set<String> units, List<Village> villages) {
            this(units, new HashMap<>());
            villages.forEach(v -> byKey.put(key(v.unitCode(), v.name()), v));
        }
    }

    /** Folded as the database's {@code search_key} is, on which a unit's names are unique. */
    private static String key(String unitCode, String name) {
        return unitCode + "/" + Texts.fold(name);
    }

    private static String unitOf(TableFile.Row<Column> row, String unitCode) {
        String cell = Texts.cleanOrNull(row.cells().get(Column.UNIT));
        return cell != null ? cell : unitCode;
    }

    private static List<Planned> plan(
            TableFile.Table<Column> table, String unitCode, Set<String> managed, Directory dir, RowProblems problems) {
        List<Planned> planned = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (TableFile.Row<Column> row : table.rows()) {
            int line = row.line();
            int before = problems.size();
            String unit = unitOf(row, unitCode);
            if (unit == null) {
                problems.add(line, Column.UNIT, "unit_required");
            } else if (!dir.units().contains(unit)) {
                problems.add(line, Column.UNIT, "unit_not_found", unit);
            } else if (managed != null && !managed.contains(unit)) {
                problems.add(line, Column.UNIT, "out_of_scope_unit", unit);
            }
            String name = Texts.cleanOrNull(row.cells().get(Column.NAME));
            if (name == null) {
                problems.add(line, Column.NAME, "village_name_required");
            } else if (name.length() > MAX_NAME) {
                problems.add(line, Column.NAME, "village_name_too_long", MAX_NAME);
            }
            String kindText = Texts.cleanOrNull(row.cells().get(Column.KIND));
            VillageKind kind = kind(kindText);
            if (kind == null) {
                problems.add(line, Column.KIND, "invalid_village_kind", Objects.toString(kindText, ""));
            }
            Village existing = null;
            if (unit != null && name != null) {
                String key = key(unit, name);
                Integer earlier = seen.putIfAbsent(key, line);
                if (earlier != null) {
                    problems.add(line, Column.NAME, "duplicate_village_in_file", earlier);
                }
                existing = dir.byKey().get(key);
                if (existing != null && existing.closedOn() != null) {
                    problems.add(line, Column.NAME, "village_closed_not_reopened", existing.name());
                }
            }
            if (problems.size() == before) {
                planned.add(new Planned(line, unit, name, kind, existing));
            }
        }
        return planned;
    }

    /** Writes (or, in a dry run, only decides) each planned row in file order. */
    private Uni<List<RowOutcome>> apply(SqlClient tx, UUID actor, List<Planned> planned, boolean dryRun) {
        List<RowOutcome> outcomes = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Planned p : planned) {
            chain = chain.chain(() -> {
                Village e = p.existing();
                String outcome = e == null ? "CREATE" : e.kind() == p.kind() ? "UNCHANGED" : "UPDATE";
                Uni<Long> written;
                if (dryRun || outcome.equals("UNCHANGED")) {
                    written = Uni.createFrom().item(e == null ? null : e.id());
                } else if (e == null) {
                    written = service.insert(tx, actor, p.unitCode(), p.name(), p.kind());
                } else {
                    written = service.update(tx, actor, e, e.version(), null, p.kind())
                            .replaceWith(e.id());
                }
                return written.invoke(id -> outcomes.add(new RowOutcome(
                                p.line(),
                                e == null ? p.name() : e.name(),
                                p.unitCode(),
                                ImportReport.outcome(outcome, !dryRun),
                                id)))
                        .replaceWithVoid();
            });
        }
        return chain.replaceWith(outcomes);
    }

    /** The kind as written in the template (thôn, tổ dân phố), as the API names it, or as people also call it. */
    static VillageKind kind(String text) {
        if (text == null) {
            return null;
        }
        return switch (Spreadsheet.fold(text)) {
            case "thon", "lang", "buon", "plei", "ap", "ban", "xom" -> VillageKind.THON;
            case "todanpho", "tdp", "to", "khupho", "khudancu" -> VillageKind.TO_DAN_PHO;
            default -> null;
        };
    }
}
