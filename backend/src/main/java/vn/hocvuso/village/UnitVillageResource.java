package vn.hocvuso.village;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;
import vn.hocvuso.village.VillageViews.CloseVillageRequest;
import vn.hocvuso.village.VillageViews.CreateVillageRequest;
import vn.hocvuso.village.VillageViews.ReopenVillageRequest;
import vn.hocvuso.village.VillageViews.UpdateVillageRequest;
import vn.hocvuso.village.VillageViews.Village;

/**
 * A unit's villages, for the people who keep them. Who may call: ADMIN (any unit), the PROVINCE_ADMIN of the unit's
 * province and the UNIT_MANAGER of this unit ({@link Caller#requireAdminOrManagerOf}); another province's
 * administrator, another unit's manager, an agency manager, a helper, a learner or a service account 403 (as on a
 * unit's helpers' page); anonymous 401.
 */
@Path("/api/v1/unit-villages/{code}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.PROVINCE_ADMIN_NAME, "UNIT_MANAGER"})
public class UnitVillageResource {

    private final VillageService service;
    private final Caller caller;

    public UnitVillageResource(VillageService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    public Uni<Page<Village>> listManagedVillages(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code,
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("closed") @DefaultValue("false") boolean closed,
            @BeanParam @Valid PageRequest page) {
        caller.requireAdminOrManagerOf(code);
        return service.villages(code, q, closed, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<Village>> createVillage(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code,
            @Valid @RequiredBody CreateVillageRequest body) {
        caller.requireAdminOrManagerOf(code);
        return service.create(caller.id(), code, body).map(v -> RestResponse.status(RestResponse.Status.CREATED, v));
    }

    @PATCH
    @Path("/{villageId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Village> updateVillage(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code,
            @PathParam("villageId") long villageId,
            @Valid @RequiredBody UpdateVillageRequest body) {
        caller.requireAdminOrManagerOf(code);
        return service.update(caller.id(), code, villageId, body);
    }

    @POST
    @Path("/{villageId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Village> closeVillage(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code,
            @PathParam("villageId") long villageId,
            @Valid @RequiredBody CloseVillageRequest body) {
        caller.requireAdminOrManagerOf(code);
        return service.close(caller.id(), code, villageId, body);
    }

    @POST
    @Path("/{villageId}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Village> reopenVillage(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code,
            @PathParam("villageId") long villageId,
            @Valid @RequiredBody ReopenVillageRequest body) {
        caller.requireAdminOrManagerOf(code);
        return service.reopen(caller.id(), code, villageId, body.version());
    }
}
