package vn.hocvuso.village;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.hocvuso.stats.StatsMoment;
import vn.hocvuso.stats.StatsScope;
import vn.hocvuso.village.VillageViews.UnitVillageFigures;

/**
 * A unit's figures by village. Who may call: administrators, the PROVINCE_ADMIN of the unit's province, the
 * UNIT_MANAGER of this unit, service accounts with
 * {@code stats:read} whose limits cover the unit; anyone else 403, anonymous 401. Counts only, no personal data.
 */
@Path("/api/v1/stats/units/{code}/villages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "PROVINCE_ADMIN", "UNIT_MANAGER", "AGENCY_MANAGER", "INTEGRATOR"})
public class VillageFiguresResource {

    private final VillageFiguresService service;
    private final StatsScope scope;
    private final StatsMoment moment;

    public VillageFiguresResource(VillageFiguresService service, StatsScope scope, StatsMoment moment) {
        this.service = service;
        this.scope = scope;
        this.moment = moment;
    }

    /** Now, or the end of the past day {@code asOf} names (checked as every statistics endpoint checks it). */
    @GET
    public Uni<UnitVillageFigures> getUnitVillageStats(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code, @QueryParam("asOf") String asOf) {
        scope.requireUnit(code);
        return service.figures(code, moment.pastDay("asOf", asOf));
    }
}
