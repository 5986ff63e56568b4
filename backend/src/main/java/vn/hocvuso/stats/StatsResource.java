package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import vn.hocvuso.common.Download;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Violations;
import vn.hocvuso.security.Caller;
import vn.hocvuso.stats.StatsService.Sort;
import vn.hocvuso.stats.StatsService.UnitQuery;
import vn.hocvuso.stats.StatsViews.AgencyStatsDetail;
import vn.hocvuso.stats.StatsViews.AgencyStatsPage;
import vn.hocvuso.stats.StatsViews.ProvinceStats;
import vn.hocvuso.stats.StatsViews.TargetOverviewList;
import vn.hocvuso.stats.StatsViews.UnitLearner;
import vn.hocvuso.stats.StatsViews.UnitStatsDetail;
import vn.hocvuso.stats.StatsViews.UnitStatsPage;
import vn.hocvuso.unit.LearnerGroup;

/**
 * The province's figures. Who may call: administrators and service accounts with {@code stats:read}
 * (everything, or the units and agencies they are limited to), unit managers (their units), agency
 * managers (their agencies); each method narrows that further, and the learner list is for unit
 * managers only.
 */
@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "UNIT_MANAGER", "AGENCY_MANAGER", "INTEGRATOR"})
public class StatsResource {

    static final Set<String> UNIT_TYPES = Set.of("xã", "phường", "đặc khu");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StatsService stats;
    private final FollowUpService followUp;
    private final StatsScope scope;
    private final Caller caller;

    public StatsResource(StatsService stats, FollowUpService followUp, StatsScope scope, Caller caller) {
        this.stats = stats;
        this.followUp = followUp;
        this.scope = scope;
        this.caller = caller;
    }

    @GET
    @Path("/summary")
    public Uni<ProvinceStats> getSummary(@QueryParam("days") @DefaultValue("30") @Min(1) @Max(366) int days) {
        scope.requireReader();
        return stats.summary(days);
    }

    @GET
    @Path("/units")
    public Uni<UnitStatsPage> listUnitStats(
            @QueryParam("type") String type,
            @QueryParam("learnerGroup") String learnerGroup,
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("sort") String sort,
            @QueryParam("order") String order,
            @BeanParam @Valid PageRequest page) {
        scope.requireUnitReader();
        return stats.units(query(type, learnerGroup, q, sort, order), page, scope::canSeeUnit);
    }

    @GET
    @Path("/units/export")
    @Produces({"text/csv", XLSX, Download.PROBLEM, MediaType.APPLICATION_JSON})
    public Uni<Response> exportUnitStats(
            @QueryParam("format") String format,
            @QueryParam("type") String type,
            @QueryParam("learnerGroup") String learnerGroup,
            @QueryParam("sort") String sort,
            @Context HttpHeaders headers) {
        Violations violations = new Violations();
        if (format == null) {
            violations.add("format", "required");
        } else if (!format.equals("csv") && !format.equals("xlsx")) {
            violations.add("format", "invalid_choice");
        }
        violations.throwIfAny();
        scope.requireUnitReader();
        UnitQuery query = query(type, learnerGroup, null, sort, null);
        return stats.allUnits(query, scope::canSeeUnit)
                // Building a workbook is blocking work: off the event loop.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(rows -> {
                    boolean csv = format.equals("csv");
                    byte[] body = csv ? UnitStatsExport.csv(rows) : UnitStatsExport.xlsx(rows, Instant.now());
                    String name = "ket-qua-theo-don-vi-" + DailyFacts.today() + (csv ? ".csv" : ".xlsx");
                    return Download.attachment(body, csv ? "text/csv; charset=UTF-8" : XLSX, name)
                            .response(headers);
                });
    }

    @GET
    @Path("/units/{code}")
    public Uni<UnitStatsDetail> getUnitStats(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code,
            @QueryParam("days") @DefaultValue("30") @Min(1) @Max(366) int days) {
        scope.requireUnit(code);
        return stats.unit(code, days);
    }

    @GET
    @Path("/units/{code}/learners")
    public Uni<Page<UnitLearner>> listUnitLearners(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code,
            @QueryParam("status") String status,
            @QueryParam("learnerGroup") String learnerGroup,
            @QueryParam("villageId") Long villageId,
            @QueryParam("q") @Size(max = 100) String q,
            @BeanParam @Valid PageRequest page) {
        Violations violations = new Violations();
        FollowUpService.Status parsed = parse(FollowUpService.Status.class, status, "status", violations);
        String group = group(learnerGroup, violations);
        violations.throwIfAny();
        scope.requireManagerOf(code);
        return followUp.list(
                caller.userId(),
                code,
                parsed == null ? FollowUpService.Status.NOT_CERTIFIED : parsed,
                group,
                villageId,
                q,
                page);
    }

    @GET
    @Path("/agencies")
    public Uni<AgencyStatsPage> listAgencyStats(@BeanParam @Valid PageRequest page) {
        scope.requireAgencyReader();
        return stats.agencies(page, scope::canSeeAgency);
    }

    @GET
    @Path("/agencies/{id}")
    public Uni<AgencyStatsDetail> getAgencyStats(
            @PathParam("id") long id, @QueryParam("days") @DefaultValue("30") @Min(1) @Max(366) int days) {
        scope.requireAgency(id);
        return stats.agency(id, days);
    }

    @GET
    @Path("/targets")
    public Uni<TargetOverviewList> listTargets() {
        scope.requireReader();
        return stats.targetOverview();
    }

    private static UnitQuery query(String type, String learnerGroup, String q, String sort, String order) {
        Violations violations = new Violations();
        if (type != null && !UNIT_TYPES.contains(type)) {
            violations.add("type", "invalid_choice");
        }
        String group = group(learnerGroup, violations);
        Sort parsedSort = parse(Sort.class, sort, "sort", violations);
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            violations.add("order", "invalid_choice");
        }
        violations.throwIfAny();
        Sort effective = parsedSort == null ? Sort.participationRate : parsedSort;
        boolean ascending = order == null ? effective == Sort.name : order.equals("asc");
        return new UnitQuery(type, group, q, effective, ascending);
    }

    private static String group(String learnerGroup, Violations violations) {
        LearnerGroup g = parse(LearnerGroup.class, learnerGroup, "learnerGroup", violations);
        return g == null ? null : g.name();
    }

    /** Enum parameters are checked here: JAX-RS would answer a bad one with 404, not a helpful 400. */
    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Violations violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<E> matches = Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value))
                .toList();
        if (matches.isEmpty()) {
            violations.add(field, "invalid_choice");
            return null;
        }
        return matches.get(0);
    }
}
