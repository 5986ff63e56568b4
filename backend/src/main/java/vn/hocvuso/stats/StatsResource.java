package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalDate;
import java.util.UUID;
import vn.hocvuso.common.Download;
import vn.hocvuso.common.OneOf;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.province.Province;
import vn.hocvuso.security.Caller;
import vn.hocvuso.stats.StatsViews.AgencyStatsDetail;
import vn.hocvuso.stats.StatsViews.AgencyStatsPage;
import vn.hocvuso.stats.StatsViews.ProvinceFiguresList;
import vn.hocvuso.stats.StatsViews.ProvinceStats;
import vn.hocvuso.stats.StatsViews.TargetOverviewList;
import vn.hocvuso.stats.StatsViews.UnitLearner;
import vn.hocvuso.stats.StatsViews.UnitStatsDetail;
import vn.hocvuso.stats.StatsViews.UnitStatsPage;
import vn.hocvuso.unit.LearnerGroup;

/**
 * The province's figures. Who may call: administrators and service accounts with {@code stats:read}
 * (everything, or the units and agencies they are limited to), province administrators (every unit and
 * organisation of their province), unit managers (their units), agency managers (their agencies); each method narrows that further: every province side by side
 * ({@code /provinces}) is for those who see everything, and the learner list is for unit managers only.
 *
 * <p>Every figure counts what plan 368 counts (each learner's group's certifying course, its path) unless
 * {@code courseId} names one course: then that course for every group (404 {@code course_not_found} for
 * none). The filters are Bean Validation's, like every request's.
 */
@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "PROVINCE_ADMIN", "UNIT_MANAGER", "AGENCY_MANAGER", "INTEGRATOR"})
public class StatsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StatsService stats;
    private final ProvinceFigures provinceFigures;
    private final FollowUpService followUp;
    private final StatsScope scope;
    private final Caller caller;
    private final StatsMoment moment;

    public StatsResource(
            StatsService stats,
            ProvinceFigures provinceFigures,
            FollowUpService followUp,
            StatsScope scope,
            Caller caller,
            StatsMoment moment) {
        this.stats = stats;
        this.provinceFigures = provinceFigures;
        this.followUp = followUp;
        this.scope = scope;
        this.caller = caller;
        this.moment = moment;
    }

    @GET
    @Path("/summary")
    public Uni<ProvinceStats> getSummary(
            @QueryParam("days") @DefaultValue("30") @Min(1) @Max(366) int days,
            @QueryParam("courseId") UUID courseId,
            @QueryParam("asOf") String asOf,
            @QueryParam("compareTo") String compareTo,
            @QueryParam("province") @Pattern(regexp = Province.KEY) String province) {
        scope.requireReader();
        return stats.summary(
                days,
                courseId,
                moment.pastDay("asOf", asOf),
                moment.comparedDay("compareTo", compareTo),
                scope.reach(),
                province);
    }

    @GET
    @Path("/provinces")
    public Uni<ProvinceFiguresList> listProvinceStats(
            @QueryParam("courseId") UUID courseId, @QueryParam("asOf") String asOf) {
        scope.requireEverything();
        return provinceFigures.all(courseId, moment.pastDay("asOf", asOf));
    }

    @GET
    @Path("/units")
    public Uni<UnitStatsPage> listUnitStats(
            @BeanParam @Valid UnitFilters filters,
            @QueryParam("courseId") UUID courseId,
            @QueryParam("asOf") String asOf,
            @QueryParam("compareTo") String compareTo,
            @BeanParam @Valid PageRequest page,
            @QueryParam("province") @Pattern(regexp = Province.KEY) String province) {
        scope.requireUnitReader();
        return stats.units(
                filters.query(),
                courseId,
                page,
                scope::canSeeUnit,
                moment.pastDay("asOf", asOf),
                moment.comparedDay("compareTo", compareTo),
                scope.reach(),
                province);
    }

    @GET
    @Path("/units/export")
    @Produces({"text/csv", XLSX, Download.PROBLEM, MediaType.APPLICATION_JSON})
    public Uni<Response> exportUnitStats(
            @QueryParam("format")
                    @NotNull
                    @OneOf(
                            value = {"csv", "xlsx"},
                            message = "invalid_choice")
                    String format,
            @BeanParam @Valid UnitFilters filters,
            @QueryParam("courseId") UUID courseId,
            @QueryParam("asOf") String asOf,
            @QueryParam("province") @Pattern(regexp = Province.KEY) String province,
            @Context HttpHeaders headers) {
        scope.requireUnitReader();
        LocalDate day = moment.pastDay("asOf", asOf);
        Instant at = day == null ? moment.now() : StatsMoment.endOf(day);
        LocalDate named = day == null ? moment.today() : day;
        return stats.allUnits(filters.query(), courseId, scope::canSeeUnit, day, scope.reach(), province)
                // Building a workbook is blocking work: off the event loop.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(rows -> {
                    boolean csv = format.equals("csv");
                    byte[] body = csv ? UnitStatsExport.csv(rows) : UnitStatsExport.xlsx(rows, at);
                    String name = "ket-qua-theo-don-vi-" + named + (csv ? ".csv" : ".xlsx");
                    return Download.attachment(body, csv ? "text/csv; charset=UTF-8" : XLSX, name)
                            .response(headers);
                });
    }

    @GET
    @Path("/units/{code}")
    public Uni<UnitStatsDetail> getUnitStats(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code,
            @QueryParam("days") @DefaultValue("30") @Min(1) @Max(366) int days,
            @QueryParam("courseId") UUID courseId,
            @QueryParam("asOf") String asOf) {
        scope.requireUnit(code);
        return stats.unit(code, days, courseId, moment.pastDay("asOf", asOf));
    }

    @GET
    @Path("/units/{code}/learners")
    public Uni<Page<UnitLearner>> listUnitLearners(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code,
            @QueryParam("status") FollowUpService.Status status,
            @QueryParam("learnerGroup") LearnerGroup learnerGroup,
            @QueryParam("villageId") Long villageId,
            @QueryParam("q") @Size(max = 100) String q,
            @BeanParam @Valid PageRequest page) {
        scope.requireManagerOf(code);
        return followUp.list(
                caller.userId(),
                code,
                status == null ? FollowUpService.Status.NOT_CERTIFIED : status,
                learnerGroup == null ? null : learnerGroup.name(),
                villageId,
                q,
                page);
    }

    @GET
    @Path("/agencies")
    public Uni<AgencyStatsPage> listAgencyStats(
            @QueryParam("courseId") UUID courseId,
            @QueryParam("asOf") String asOf,
            @QueryParam("province") @Pattern(regexp = Province.KEY) String province,
            @BeanParam @Valid PageRequest page) {
        scope.requireAgencyReader();
        return stats.agencies(
                courseId, page, scope::canSeeAgency, moment.pastDay("asOf", asOf), scope.reach(), province);
    }

    @GET
    @Path("/agencies/{id}")
    public Uni<AgencyStatsDetail> getAgencyStats(
            @PathParam("id") long id,
            @QueryParam("days") @DefaultValue("30") @Min(1) @Max(366) int days,
            @QueryParam("courseId") UUID courseId,
            @QueryParam("asOf") String asOf) {
        scope.requireAgency(id);
        return stats.agency(id, days, courseId, moment.pastDay("asOf", asOf));
    }

    @GET
    @Path("/targets")
    public Uni<TargetOverviewList> listTargets(
            @QueryParam("courseId") UUID courseId,
            @QueryParam("asOf") String asOf,
            @QueryParam("province") @Pattern(regexp = Province.KEY) String province) {
        scope.requireReader();
        return stats.targetOverview(courseId, moment.pastDay("asOf", asOf), scope.reach(), province);
    }
}
