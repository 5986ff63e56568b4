package vn.hocvuso.village;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.village.VillageViews.VillageOption;

/** A unit's open villages, for registration and the profile. Who may call: anyone, without a token. */
@Path("/api/v1/units/{code}/villages")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class VillageResource {

    private final VillageService service;

    public VillageResource(VillageService service) {
        this.service = service;
    }

    @GET
    public Uni<Page<VillageOption>> listUnitVillages(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code,
            @QueryParam("q") @Size(max = 100) String q,
            @BeanParam @Valid PageRequest page) {
        return service.openVillages(code, q, page);
    }
}
