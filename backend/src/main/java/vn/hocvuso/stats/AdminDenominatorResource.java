package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;
import vn.hocvuso.stats.DenominatorService.AgencyDenominatorRequest;
import vn.hocvuso.stats.DenominatorService.UnitDenominatorRequest;
import vn.hocvuso.stats.DenominatorService.VillageDenominatorRequest;
import vn.hocvuso.stats.StatsViews.AgencyDenominatorList;
import vn.hocvuso.stats.StatsViews.UnitDenominatorList;
import vn.hocvuso.stats.StatsViews.VillageDenominatorList;

/**
 * The denominators of the places a rate is measured in, versioned by the date from which they hold: a unit's
 * population, adults and public servants; an organisation's headcounts (public servants, a school's students, an
 * enterprise's workers); a village's (thôn, tổ dân phố) population and adults. Who may call: the national
 * administrator (ADMIN, every place) and a province administrator (PROVINCE_ADMIN, the units, organisations and
 * villages of its provinces, {@link Caller#administered()}: another province's is 404 {@code unit_not_found},
 * {@code agency_not_found} or {@code village_not_found}, nothing written); anyone else 403, anonymous 401. Not the
 * unit or organisation managers: a rate's denominator is not set by the managers it measures.
 */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.PROVINCE_ADMIN_NAME})
public class AdminDenominatorResource {

    private final DenominatorService denominators;
    private final Caller caller;

    public AdminDenominatorResource(DenominatorService denominators, Caller caller) {
        this.denominators = denominators;
        this.caller = caller;
    }

    @GET
    @Path("/units/{code}/denominators")
    public Uni<UnitDenominatorList> listUnitDenominators(@PathParam("code") @Pattern(regexp = "[0-9]{5}") String code) {
        return denominators.unitHistory(caller.administered(), code);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/units/{code}/denominators")
    public Uni<UnitDenominatorList> putUnitDenominators(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code,
            @Valid @RequiredBody UnitDenominatorRequest body) {
        return denominators.putUnit(caller.userId(), caller.administered(), code, body);
    }

    @GET
    @Path("/agencies/{id}/denominators")
    public Uni<AgencyDenominatorList> listAgencyDenominators(@PathParam("id") long id) {
        return denominators.agencyHistory(caller.administered(), id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/agencies/{id}/denominators")
    public Uni<AgencyDenominatorList> putAgencyDenominators(
            @PathParam("id") long id, @Valid @RequiredBody AgencyDenominatorRequest body) {
        return denominators.putAgency(caller.userId(), caller.administered(), id, body);
    }

    @GET
    @Path("/villages/{villageId}/denominators")
    public Uni<VillageDenominatorList> listVillageDenominators(@PathParam("villageId") long villageId) {
        return denominators.villageHistory(caller.administered(), villageId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/villages/{villageId}/denominators")
    public Uni<VillageDenominatorList> putVillageDenominators(
            @PathParam("villageId") long villageId, @Valid @RequiredBody VillageDenominatorRequest body) {
        return denominators.putVillage(caller.userId(), caller.administered(), villageId, body);
    }
}
