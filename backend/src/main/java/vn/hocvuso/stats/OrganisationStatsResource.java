package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.hocvuso.common.OneOf;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.stats.OrganisationFigures.OrganisationStatsDetail;
import vn.hocvuso.stats.OrganisationFigures.OrganisationStatsPage;
import vn.hocvuso.stats.OrganisationFigures.Query;

/**
 * The figures by organisation, each with its subtree's. Who may call: administrators and service accounts
 * with {@code stats:read} (everything, or their agency limits and what is below them), province administrators
 * (their province's organisations), agency managers (the organisations of their grants and everything below them).
 */
@Path("/api/v1/stats/organisations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "PROVINCE_ADMIN", "AGENCY_MANAGER", "INTEGRATOR"})
public class OrganisationStatsResource {

    private final OrganisationFigures figures;
    private final StatsScope scope;
    private final StatsMoment moment;

    public OrganisationStatsResource(OrganisationFigures figures, StatsScope scope, StatsMoment moment) {
        this.figures = figures;
        this.scope = scope;
        this.moment = moment;
    }

    @GET
    public Uni<OrganisationStatsPage> listOrganisationStats(
            @QueryParam("parentId") @Positive Long parentId,
            @QueryParam("roots") @DefaultValue("false") boolean roots,
            @QueryParam("kind") @OneOf({"AGENCY", "SCHOOL", "ENTERPRISE"}) String kind,
            @QueryParam("asOf") String asOf,
            @BeanParam @Valid PageRequest page) {
        scope.requireAgencyReader();
        return figures.list(new Query(parentId, roots, kind), page, scope::canSeeAgency, moment.pastDay("asOf", asOf));
    }

    @GET
    @Path("/{organisationId}")
    public Uni<OrganisationStatsDetail> getOrganisationStats(
            @PathParam("organisationId") long organisationId, @QueryParam("asOf") String asOf) {
        scope.requireAgency(organisationId);
        return figures.one(organisationId, moment.pastDay("asOf", asOf))
                .map(detail -> new OrganisationStatsDetail(
                        detail.asOf(),
                        detail.organisation(),
                        detail.children().stream()
                                .filter(child -> scope.canSeeAgency(child.id()))
                                .toList()));
    }
}
