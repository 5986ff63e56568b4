package vn.hocvuso.organisation;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.organisation.OrganisationViews.CloseRequest;
import vn.hocvuso.organisation.OrganisationViews.OrganisationDetail;
import vn.hocvuso.organisation.OrganisationViews.OrganisationRequest;
import vn.hocvuso.organisation.OrganisationViews.ReopenRequest;
import vn.hocvuso.province.ActingProvince;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Reach;
import vn.hocvuso.unit.Unit;
import vn.hocvuso.unit.Units;

/**
 * An administrator's changes to the organisation tree: create, change (a new parent moves it), close,
 * merge into another, reopen. Each is one transaction with its audit event; a change names the version
 * it read (409 {@code edit_conflict} when another changed it since). Closing never deletes: the row, its
 * people ({@code app_user.agency_id} stays) and its rollups stay, so its past figures keep counting, in its
 * own figures and in those of the subtrees above it and of the organisation it merged into.
 *
 * <p>Each method takes the organisations its caller administers ({@code security.Caller#administered}): every one
 * for the national administrator; for a province administrator its province's, the only ones it finds (another
 * province's: 404 {@code organisation_not_found}), and the only parents, units and organisations merged into it may
 * name (another province's: 403). An organisation never leaves its province, so what it makes stays in it.
 */
@ApplicationScoped
public class OrganisationService {

    /** The statistics' directory of organisations (stats.StatsData), forgotten here and by an import when they change. */
    static final String STATS_DIRECTORY = "stats-agencies";

    private final Pool pool;
    private final Organisations organisations;
    private final Units units;
    private final AuditLog audit;
    private final OrganisationTree tree;
    private final Cache statsDirectory;
    private final ActingProvince acting;

    public OrganisationService(
            Pool pool,
            Organisations organisations,
            Units units,
            AuditLog audit,
            OrganisationTree tree,
            @CacheName(STATS_DIRECTORY) Cache statsDirectory,
            ActingProvince acting) {
        this.pool = pool;
        this.organisations = organisations;
        this.units = units;
        this.audit = audit;
        this.tree = tree;
        this.statsDirectory = statsDirectory;
        this.acting = acting;
    }

    public Uni<OrganisationDetail> get(Reach reach, long id) {
        return organisations.find(pool, id, false).map(o -> found(reach, o));
    }

    /**
     * A new organisation, of its parent's province, else its unit's, else (a provincial department, with neither) of
     * the province the caller acts on ({@link ActingProvince}: {@code asked}, or the home province for the national
     * administrator, a province administrator's one province; 400 on {@code province} for one of several).
     */
    public Uni<OrganisationDetail> create(Caller caller, String asked, OrganisationRequest request) {
        UUID actor = caller.userId();
        Reach reach = caller.administered();
        Uni<String> root = request.parentId() == null && blank(request.unitCode())
                ? acting.of(caller, asked)
                : Uni.createFrom().nullItem();
        return changed(root.chain(province -> pool.withTransaction(tx -> organisations
                .lockShape(tx)
                .chain(() -> checkReferences(tx, reach, request, null))
                .chain(() -> organisations.insert(tx, request, province))
                .chain(id -> organisations.find(tx, id, false))
                .call(o -> audit.record(tx, actor, "organisation.created", "organisation", id(o), details(o))))));
    }

    public Uni<OrganisationDetail> update(UUID actor, Reach reach, long id, OrganisationRequest request) {
        return changed(pool.withTransaction(tx -> organisations
                .lockShape(tx)
                .chain(() -> current(tx, reach, id, request.version()))
                .call(before -> {
                    requireOpen(before);
                    return checkReferences(tx, reach, request, before.provinceCode())
                            .chain(() -> refuseCycle(tx, id, request.parentId()));
                })
                .chain(before -> organisations
                        .update(tx, id, request)
                        .chain(() -> organisations.find(tx, id, false))
                        .call(after -> audit.record(
                                tx,
                                actor,
                                moved(before, after) ? "organisation.moved" : "organisation.updated",
                                "organisation",
                                id(after),
                                changes(before, after))))));
    }

    public Uni<OrganisationDetail> close(UUID actor, Reach reach, long id, CloseRequest request) {
        return changed(pool.withTransaction(tx -> organisations
                .lockShape(tx)
                .chain(() -> current(tx, reach, id, request.version()))
                .call(before -> {
                    requireOpen(before);
                    if (before.openChildren() > 0) {
                        throw new ApiException(
                                StatusCode.CONFLICT, "organisation_has_open_children", before.openChildren());
                    }
                    if (before.openedOn() != null && request.closedOn().isBefore(before.openedOn())) {
                        throw ApiException.invalid("closedOn", "closed_before_opened", before.openedOn());
                    }
                    return request.mergedIntoId() == null
                            ? Uni.createFrom().voidItem()
                            : checkMergeTarget(tx, reach, before, request.mergedIntoId());
                })
                .chain(before -> organisations
                        .close(tx, id, request.closedOn(), request.mergedIntoId())
                        .chain(() -> organisations.find(tx, id, false))
                        .call(after -> audit.record(
                                tx,
                                actor,
                                after.mergedIntoId() != null ? "organisation.merged" : "organisation.closed",
                                "organisation",
                                id(after),
                                details(after))))));
    }

    public Uni<OrganisationDetail> reopen(UUID actor, Reach reach, long id, ReopenRequest request) {
        return changed(pool.withTransaction(tx -> organisations
                .lockShape(tx)
                .chain(() -> current(tx, reach, id, request.version()))
                .call(before -> {
                    if (!before.closed()) {
                        throw new ApiException(StatusCode.CONFLICT, "organisation_not_closed");
                    }
                    return organisations.close(tx, id, null, null);
                })
                .chain(() -> organisations.find(tx, id, false))
                .call(after ->
                        audit.record(tx, actor, "organisation.reopened", "organisation", id(after), details(after)))));
    }

    /** After a committed change: this replica's tree and statistics directory read it at once. */
    private Uni<OrganisationDetail> changed(Uni<OrganisationDetail> change) {
        return change.call(tree::reload).call(statsDirectory::invalidateAll);
    }

    /** The row, locked, at the version the administrator read. */
    private Uni<OrganisationDetail> current(SqlClient tx, Reach reach, long id, long version) {
        return organisations.find(tx, id, true).map(found -> {
            OrganisationDetail o = found(reach, found);
            if (o.version() != version) {
                throw new ApiException(StatusCode.CONFLICT, "edit_conflict");
            }
            return o;
        });
    }

    /**
     * The unit and the parent the request names exist, the parent is open, and both are of the organisation's
     * province: {@code province} for one that exists (an organisation never leaves its province: its figures,
     * targets and managers are that province's), for a new one its parent's, else its unit's decides. A unit or a
     * parent {@code reach} does not cover (another province's, for a province administrator): 403.
     */
    private Uni<Void> checkReferences(SqlClient tx, Reach reach, OrganisationRequest request, String province) {
        Uni<Unit> unit = blank(request.unitCode())
                ? Uni.createFrom().nullItem()
                : units.find(tx, request.unitCode()).invoke(u -> {
                    if (u == null) {
                        throw ApiException.invalid("unitCode", "unit_not_found", request.unitCode());
                    }
                    if (!reach.coversUnit(u.code())) {
                        throw ApiException.forbidden();
                    }
                });
        Uni<OrganisationDetail> parent = request.parentId() == null
                ? Uni.createFrom().nullItem()
                : organisations.find(tx, request.parentId(), false).invoke(p -> requireOpen(p, reach, "parentId"));
        return unit.chain(u -> parent.invoke(p -> {
                    String own = province != null ? province : p != null ? p.provinceCode() : null;
                    if (p != null && !p.provinceCode().equals(own)) {
                        throw ApiException.invalid("parentId", "organisation_province_mismatch");
                    }
                    if (u != null && own != null && !u.provinceCode().equals(own)) {
                        throw ApiException.invalid("unitCode", "organisation_province_mismatch");
                    }
                }))
                .replaceWithVoid();
    }

    /**
     * The organisation a request names as {@code field} (its parent, or the one it is merged into) exists (else 400
     * {@code organisation_not_found}), is within {@code reach} (else 403) and is open (else 400 {@code parent_closed}).
     */
    private static void requireOpen(OrganisationDetail named, Reach reach, String field) {
        if (named == null) {
            throw ApiException.invalid(field, "organisation_not_found");
        }
        if (!reach.coversAgency(named.id())) {
            throw ApiException.forbidden();
        }
        if (named.closed()) {
            throw ApiException.invalid(field, "parent_closed");
        }
    }

    /** A new parent may be neither the organisation itself nor anything below it. */
    private Uni<Void> refuseCycle(SqlClient tx, long id, Long parentId) {
        if (parentId == null) {
            return Uni.createFrom().voidItem();
        }
        return organisations
                .isWithin(tx, parentId, id)
                .invoke(cycle -> {
                    if (cycle) {
                        throw new ApiException(StatusCode.CONFLICT, "organisation_cycle");
                    }
                })
                .replaceWithVoid();
    }

    /** The organisation merged into exists, is open, is of the same province, and is neither this one nor below it. */
    private Uni<Void> checkMergeTarget(SqlClient tx, Reach reach, OrganisationDetail merged, long targetId) {
        return organisations
                .find(tx, targetId, false)
                .chain(target -> {
                    requireOpen(target, reach, "mergedIntoId");
                    if (!target.provinceCode().equals(merged.provinceCode())) {
                        throw ApiException.invalid("mergedIntoId", "organisation_province_mismatch");
                    }
                    return organisations.isWithin(tx, targetId, merged.id()).invoke(within -> {
                        if (within) {
                            throw new ApiException(StatusCode.CONFLICT, "organisation_cycle");
                        }
                    });
                })
                .replaceWithVoid();
    }

    private static void requireOpen(OrganisationDetail o) {
        if (o.closed()) {
            throw new ApiException(StatusCode.CONFLICT, "organisation_closed");
        }
    }

    /** The organisation, if {@code reach} covers it: 404 {@code organisation_not_found} otherwise. */
    static OrganisationDetail found(Reach reach, OrganisationDetail o) {
        if (o == null || !reach.coversAgency(o.id())) {
            throw ApiException.notFound("organisation_not_found");
        }
        return o;
    }

    private static boolean blank(String unitCode) {
        return unitCode == null || unitCode.isEmpty();
    }

    private static boolean moved(OrganisationDetail before, OrganisationDetail after) {
        return before.parentId() == null
                ? after.parentId() != null
                : !before.parentId().equals(after.parentId());
    }

    private static String id(OrganisationDetail o) {
        return Long.toString(o.id());
    }

    private static Map<String, Object> details(OrganisationDetail o) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", o.name());
        d.put("kind", o.kind());
        d.put("schoolLevel", o.schoolLevel());
        d.put("unitCode", o.unitCode());
        d.put("parentId", o.parentId());
        d.put("openedOn", o.openedOn() == null ? null : o.openedOn().toString());
        d.put("closedOn", o.closedOn() == null ? null : o.closedOn().toString());
        d.put("mergedIntoId", o.mergedIntoId());
        d.put("version", o.version());
        return d;
    }

    /** The audit's details of a change: every field as it is now, and what it was where it changed. */
    private static Map<String, Object> changes(OrganisationDetail before, OrganisationDetail after) {
        Map<String, Object> now = details(after);
        Map<String, Object> was = details(before);
        Map<String, Object> previous = new LinkedHashMap<>();
        was.forEach((field, value) -> {
            if (!field.equals("version") && !Objects.equals(value, now.get(field))) {
                previous.put(field, value);
            }
        });
        now.put("previous", previous);
        return now;
    }
}
