package vn.hocvuso.organisation;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.FileParsing;
import vn.hocvuso.common.FilesConfig;
import vn.hocvuso.common.ImportColumn;
import vn.hocvuso.common.ImportReport;
import vn.hocvuso.common.ImportReport.RowOutcome;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.RowProblems;
import vn.hocvuso.common.Spreadsheet;
import vn.hocvuso.common.TableFile;
import vn.hocvuso.common.Texts;
import vn.hocvuso.organisation.OrganisationViews.Kind;
import vn.hocvuso.organisation.OrganisationViews.OrganisationDetail;
import vn.hocvuso.organisation.OrganisationViews.OrganisationRequest;
import vn.hocvuso.organisation.OrganisationViews.SchoolLevel;
import vn.hocvuso.organisation.Organisations.Filter;
import vn.hocvuso.organisation.Organisations.Sort;
import vn.hocvuso.security.Reach;
import vn.hocvuso.unit.Units;

/**
 * Organisations from a file (CSV in any encoding Excel writes, or XLSX, read by {@code common.TableFile}
 * within the same limits as rosters and denominators): one row per organisation, named within its unit.
 * A row whose organisation exists (same unit, same name ignoring case and diacritics) updates its kind,
 * level and parent, or changes nothing; any other row creates one. A parent is named by its name (an
 * existing organisation's or one of an earlier row). A dry run checks every row and writes nothing; the
 * real run writes every row in one transaction, or nothing when any row is wrong.
 * The file is one province's, the one the caller acts on ({@link vn.hocvuso.province.ActingProvince}: {@code
 * ?province=}, else the deployment's home province for the national administrator, its own for a province
 * administrator; one of several provinces names it, 400 on {@code province}); its units, and parents among its
 * organisations only (another province's "Sở Y tế" is neither a parent it may name nor one that makes a name
 * ambiguous). A province administrator's row naming another province's unit is refused as out of its scope
 * ({@code out_of_scope_unit}), and nothing else is said of it.
 */
@ApplicationScoped
public class OrganisationImport {

    static final int MAX_ROWS = 2000;

    /** The columns of an organisation file, as the template names them, and the names people also use. */
    enum Column implements ImportColumn {
        NAME("Tên tổ chức", "tentochuc", "ten", "tencoquan", "tentruong", "tendoanhnghiep", "name"),
        KIND("Loại", "loai", "loaitochuc", "kind"),
        LEVEL("Cấp học", "caphoc", "level", "schoollevel"),
        UNIT("Mã đơn vị", "madonvi", "maxaphuong", "maxa", "unitcode", "unit"),
        PARENT("Trực thuộc", "tructhuoc", "donvichuquan", "coquanchuquan", "parent", "parentname");

        private final Names names;

        Column(String header, String... aliases) {
            this.names = new Names(header, aliases);
        }

        @Override
        public Names names() {
            return names;
        }
    }

    /** A checked row: what it asks for, and the organisation it updates (or null: a new one). */
    private record Planned(int line, OrganisationRequest request, String parentKey, OrganisationDetail existing) {}

    private final Pool pool;
    private final Organisations organisations;
    private final AuditLog audit;
    private final OrganisationTree tree;
    private final FileParsing parsing;
    private final TableFile.Limits limits;
    private final Cache statsDirectory;

    public OrganisationImport(
            Pool pool,
            Organisations organisations,
            AuditLog audit,
            OrganisationTree tree,
            FileParsing parsing,
            FilesConfig files,
            @CacheName(OrganisationService.STATS_DIRECTORY) Cache statsDirectory) {
        this.pool = pool;
        this.organisations = organisations;
        this.audit = audit;
        this.tree = tree;
        this.parsing = parsing;
        this.limits = TableFile.Limits.of(files, MAX_ROWS);
        this.statsDirectory = statsDirectory;
    }

    /**
     * Reads and checks the file, and writes it unless {@code dryRun}, into {@code province}: the province the caller
     * acts on ({@link vn.hocvuso.province.ActingProvince}, checked), among whose organisations {@code reach} may
     * write (everything: the whole province).
     */
    public Uni<ImportReport> run(UUID actor, Reach reach, String province, byte[] file, boolean dryRun, Locale locale) {
        return parsing.parse(() -> TableFile.read(
                        file == null ? new byte[0] : file,
                        limits,
                        Column.class,
                        List.of(Column.NAME, Column.KIND),
                        List.of()))
                .chain(table -> pool.withTransaction(tx -> organisations
                        .lockShape(tx)
                        .chain(() -> directory(tx, province, reach.everything() ? Set.of() : unitsOf(table)))
                        .chain(dir -> {
                            RowProblems problems = new RowProblems(locale);
                            List<Planned> planned = plan(table, dir, problems);
                            problems.refuseAnyUnless(dryRun);
                            return apply(tx, actor, planned, dir, dryRun)
                                    .map(rows -> ImportReport.of(dryRun, table, rows, problems));
                        })))
                .call(report ->
                        dryRun ? Uni.createFrom().voidItem() : tree.reload().chain(statsDirectory::invalidateAll));
    }

    /**
     * The province's organisations, by key (unit and folded name) and by folded name alone (for parents), its
     * units' codes, and those of the file's units that are another province's (out of a province administrator's
     * scope).
     */
    private record Directory(
            String province,
            Map<String, OrganisationDetail> byKey,
            Map<String, List<OrganisationDetail>> byName,
            Set<String> units,
            Set<String> elsewhere) {}

    /** The units a file names (those another province's could be). */
    private static Set<String> unitsOf(TableFile.Table<Column> table) {
        Set<String> codes = new HashSet<>();
        table.rows().forEach(row -> {
            String code = Texts.cleanOrNull(row.cells().get(Column.UNIT));
            if (code != null) {
                codes.add(code);
            }
        });
        return codes;
    }

    private Uni<Directory> directory(SqlClient tx, String province, Set<String> named) {
        Filter all = new Filter(null, null, null, null, null, false, "ALL", province, null);
        return organisations
                .search(tx, all, Sort.NAME, PageRequest.of(1, Integer.MAX_VALUE / 2))
                .chain(list -> organisations
                        .unitCodes(tx, province)
                        .chain(units -> Units.existing(
                                        tx,
                                        named.stream()
                                                .filter(c -> !units.contains(c))
                                                .toList())
                                .map(elsewhere -> {
                                    Map<String, OrganisationDetail> byKey = new HashMap<>();
                                    Map<String, List<OrganisationDetail>> byName = new HashMap<>();
                                    for (OrganisationDetail o : list) {
                                        byKey.put(key(o.unitCode(), o.name()), o);
                                        byName.computeIfAbsent(Texts.fold(o.name()), k -> new ArrayList<>())
                                                .add(o);
                                    }
                                    return new Directory(province, byKey, byName, units, elsewhere);
                                })));
    }

    private static String key(String unitCode, String name) {
        return (unitCode == null ? "" : unitCode) + "/" + Texts.fold(name);
    }

    private static List<Planned> plan(TableFile.Table<Column> table, Directory dir, RowProblems problems) {
        List<Planned> planned = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> namesInFile = new HashMap<>();
        for (TableFile.Row<Column> row : table.rows()) {
            int line = row.line();
            int before = problems.size();
            Map<Column, String> cells = new HashMap<>();
            row.cells().forEach((c, text) -> {
                String value = Texts.cleanOrNull(text);
                if (value != null) {
                    cells.put(c, value);
                }
            });
            String name = cells.get(Column.NAME);
            if (name == null) {
                problems.add(line, Column.NAME, "required");
            } else if (name.length() > 300) {
                problems.add(line, Column.NAME, "name_too_long", 300);
            }
            Kind kind = kind(cells.get(Column.KIND));
            if (kind == null) {
                problems.add(line, Column.KIND, "invalid_kind", Objects.toString(cells.get(Column.KIND), ""));
            }
            SchoolLevel level = level(cells.get(Column.LEVEL));
            if (cells.get(Column.LEVEL) != null && level == null) {
                problems.add(line, Column.LEVEL, "invalid_level", cells.get(Column.LEVEL));
            } else if (kind == Kind.SCHOOL && level == null) {
                problems.add(line, Column.LEVEL, "school_level_required");
            } else if (kind != null && kind != Kind.SCHOOL && level != null) {
                problems.add(line, Column.LEVEL, "school_level_not_school");
            }
            String unit = cells.get(Column.UNIT);
            if (unit != null && dir.elsewhere().contains(unit)) {
                problems.add(line, Column.UNIT, "out_of_scope_unit", unit);
                continue;
            }
            if (unit != null && !dir.units().contains(unit)) {
                problems.add(line, Column.UNIT, "unit_not_found", unit);
            } else if (kind == Kind.ENTERPRISE && unit == null) {
                problems.add(line, Column.UNIT, "unit_required");
            }
            String parent = cells.get(Column.PARENT);
            String parentKey = parent == null ? null : Texts.fold(parent);
            if (parentKey != null && !namesInFile.containsKey(parentKey)) {
                List<OrganisationDetail> candidates = dir.byName().getOrDefault(parentKey, List.of());
                if (candidates.isEmpty()) {
                    problems.add(line, Column.PARENT, "parent_not_found", parent);
                } else if (candidates.size() > 1) {
                    problems.add(line, Column.PARENT, "parent_ambiguous", parent);
                } else if (candidates.get(0).closed()) {
                    problems.add(line, Column.PARENT, "parent_closed", parent);
                }
            }
            if (name != null) {
                String key = key(unit, name);
                Integer earlier = seen.putIfAbsent(key, line);
                if (earlier != null) {
                    problems.add(line, Column.NAME, "duplicate_organisation_in_file", earlier);
                }
                if (parentKey != null && parentKey.equals(Texts.fold(name))) {
                    problems.add(line, Column.PARENT, "organisation_cycle");
                }
                OrganisationDetail existing = dir.byKey().get(key);
                if (existing != null && existing.closed()) {
                    problems.add(line, Column.NAME, "organisation_closed");
                }
                if (problems.size() == before) {
                    namesInFile.put(Texts.fold(name), line);
                    planned.add(new Planned(
                            line,
                            new OrganisationRequest(name, kind, level, unit, null, null, null),
                            parentKey,
                            existing));
                }
            }
        }
        return planned;
    }

    /** Writes (or, in a dry run, only decides) each planned row in file order, parents before children. */
    private Uni<List<RowOutcome>> apply(
            SqlClient tx, UUID actor, List<Planned> planned, Directory dir, boolean dryRun) {
        List<RowOutcome> outcomes = new ArrayList<>();
        Map<String, Long> idsInFile = new HashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Planned p : planned) {
            chain = chain.chain(() -> {
                Long parentId = parentId(p.parentKey(), idsInFile, dir);
                OrganisationRequest r = p.request();
                OrganisationRequest request = new OrganisationRequest(
                        r.name(), r.kind(), r.schoolLevel(), r.unitCode(), parentId, null, null);
                OrganisationDetail e = p.existing();
                String outcome = e == null
                        ? "CREATE"
                        : Objects.equals(e.kind(), r.kind().name())
                                        && Objects.equals(
                                                e.schoolLevel(),
                                                r.schoolLevel() == null
                                                        ? null
                                                        : r.schoolLevel().name())
                                        && Objects.equals(e.parentId(), parentId)
                                ? "UNCHANGED"
                                : "UPDATE";
                Uni<Long> written;
                if (dryRun || outcome.equals("UNCHANGED")) {
                    written = Uni.createFrom().item(e == null ? null : e.id());
                } else if (e == null) {
                    written = organisations.insert(tx, request, dir.province());
                } else {
                    OrganisationRequest kept = new OrganisationRequest(
                            e.name(), r.kind(), r.schoolLevel(), e.unitCode(), parentId, e.openedOn(), null);
                    written = (parentId == null
                                    ? Uni.createFrom().item(false)
                                    : organisations.isWithin(tx, parentId, e.id()))
                            .chain(cycle -> {
                                if (cycle) {
                                    throw new ApiException(StatusCode.CONFLICT, "organisation_cycle");
                                }
                                return organisations.update(tx, e.id(), kept).replaceWith(e.id());
                            });
                }
                return written.invoke(id -> {
                            // Null in a dry run for one it would create: its children then name no parent id yet.
                            idsInFile.put(Texts.fold(r.name()), id);
                            outcomes.add(new RowOutcome(
                                    p.line(), r.name(), r.unitCode(), ImportReport.outcome(outcome, !dryRun), id));
                        })
                        .replaceWithVoid();
            });
        }
        if (dryRun) {
            return chain.replaceWith(outcomes);
        }
        return chain.chain(() ->
                        audit.record(tx, actor, "organisation.imported", "organisation", "import", summary(outcomes)))
                .replaceWith(outcomes);
    }

    /** The parent a row names: one of an earlier row (null in a dry run, not created yet), else the directory's. */
    private static Long parentId(String key, Map<String, Long> idsInFile, Directory dir) {
        if (key == null) {
            return null;
        }
        if (idsInFile.containsKey(key)) {
            return idsInFile.get(key);
        }
        return dir.byName().get(key).get(0).id();
    }

    private static Map<String, Object> summary(List<RowOutcome> outcomes) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("created", ImportReport.ids(outcomes, "CREATED"));
        d.put("updated", ImportReport.ids(outcomes, "UPDATED"));
        return d;
    }

    /** The kind as written in the template (AGENCY…) or in Vietnamese (cơ quan, trường, doanh nghiệp). */
    static Kind kind(String text) {
        return switch (Spreadsheet.fold(text)) {
            case "agency", "coquan", "coquandonvi", "donvi" -> Kind.AGENCY;
            case "school", "truong", "truonghoc" -> Kind.SCHOOL;
            case "enterprise", "doanhnghiep", "congty" -> Kind.ENTERPRISE;
            default -> null;
        };
    }

    /** The level as written in the template (PRIMARY…) or in Vietnamese (tiểu học, THCS, THPT…). */
    static SchoolLevel level(String text) {
        if (text == null) {
            return null;
        }
        return switch (Spreadsheet.fold(text)) {
            case "primary", "tieuhoc" -> SchoolLevel.PRIMARY;
            case "lowersecondary", "thcs", "trunghoccoso" -> SchoolLevel.LOWER_SECONDARY;
            case "uppersecondary", "thpt", "trunghocphothong" -> SchoolLevel.UPPER_SECONDARY;
            case "college", "caodang" -> SchoolLevel.COLLEGE;
            case "university", "daihoc" -> SchoolLevel.UNIVERSITY;
            default -> null;
        };
    }
}
