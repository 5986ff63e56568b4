package vn.hocvuso.helper;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.helper.HelperViews.GrantHelperRequest;
import vn.hocvuso.helper.HelperViews.Helper;
import vn.hocvuso.helper.HelperViews.HelperActivity;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;

/**
 * A unit's helpers, for the people who manage it. Who may call: ADMIN (any unit), the PROVINCE_ADMIN of the
 * unit's province and the UNIT_MANAGER of this unit; another province's administrator, another unit's manager, an
 * agency manager, a helper or a learner 403; anonymous 401.
 */
@Path("/api/v1/unit-helpers/{code}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.PROVINCE_ADMIN_NAME, "UNIT_MANAGER"})
public class UnitHelperResource {

    private final HelperService service;
    private final Caller caller;

    public UnitHelperResource(HelperService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    public Uni<Page<Helper>> listUnitHelpers(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code, @Valid @BeanParam PageRequest page) {
        caller.requireAdminOrManagerOf(code);
        return service.helpers(code, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<Helper>> grantUnitHelper(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code,
            @Valid @RequiredBody GrantHelperRequest body) {
        caller.requireAdminOrManagerOf(code);
        return service.grant(caller.id(), code, body.login())
                .map(result -> RestResponse.status(
                        result.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK, result.helper()));
    }

    @DELETE
    @Path("/{userId}")
    public Uni<RestResponse<Void>> revokeUnitHelper(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code, @PathParam("userId") UUID userId) {
        caller.requireAdminOrManagerOf(code);
        return service.revoke(caller.id(), code, userId).map(ignored -> RestResponse.noContent());
    }

    @GET
    @Path("/activity")
    public Uni<Page<HelperActivity>> listHelperActivity(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code, @Valid @BeanParam PageRequest page) {
        caller.requireAdminOrManagerOf(code);
        return service.activity(caller.id(), code, page);
    }
}
