package vn.hocvuso.village;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hocvuso.stats.StatsScope;
import vn.hocvuso.village.VillageViews.UnitVillageFigures;

/**
 * A unit's figures by village. Who may call: administrators, the UNIT_MANAGER of this unit, service accounts with
 * {@code stats:read} whose limits cover the unit; anyone else 403, anonymous 401. Counts only, no personal data.
 */
@Path("/api/v1/stats/units/{code}/villages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "UNIT_MANAGER", "AGENCY_MANAGER", "INTEGRATOR"})
public class VillageFiguresResource {

    private final VillageFiguresService service;
    private final StatsScope scope;

    public VillageFiguresResource(VillageFiguresService service, StatsScope scope) {
        this.service = service;
        this.scope = scope;
    }

    @GET
    public Uni<UnitVillageFigures> getUnitVillageStats(@PathParam("code") @Pattern(regexp = "[0-9]{5}") String code) {
        scope.requireUnit(code);
        return service.figures(code);
    }
}
