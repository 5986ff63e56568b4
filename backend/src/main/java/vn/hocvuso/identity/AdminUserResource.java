package vn.hocvuso.identity;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.identity.IdentityViews.GrantRoleRequest;
import vn.hocvuso.identity.IdentityViews.Profile;
import vn.hocvuso.identity.IdentityViews.RoleGrantView;
import vn.hocvuso.identity.IdentityViews.SessionsEnded;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;

/**
 * Accounts and roles. Who may call: the national administrator (ADMIN, everyone), and a province administrator
 * (PROVINCE_ADMIN) for the people of its province's units and the manager roles of its units and organisations
 * ({@link AdminUserService}); ending someone's sessions is the national administrator's only.
 */
@Path("/api/v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.PROVINCE_ADMIN_NAME})
public class AdminUserResource {

    private final AdminUserService service;
    private final Caller caller;

    public AdminUserResource(AdminUserService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    public Uni<Page<Profile>> adminListUsers(
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("role") Role role,
            @BeanParam @Valid PageRequest page) {
        return service.search(caller.userId(), caller.administered(), q, role, page);
    }

    @GET
    @Path("/{userId}/roles")
    public Uni<List<RoleGrantView>> adminListRoleGrants(@PathParam("userId") UUID userId) {
        return service.grantsOf(caller.administered(), userId);
    }

    @POST
    @Path("/{userId}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<RoleGrantView>> adminGrantRole(
            @PathParam("userId") UUID userId, @Valid @RequiredBody GrantRoleRequest body) {
        return service.grant(caller.userId(), caller.administered(), userId, body)
                .map(result -> RestResponse.status(
                        result.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK, result.grant()));
    }

    @DELETE
    @Path("/{userId}/sessions")
    public Uni<SessionsEnded> adminEndUserSessions(@PathParam("userId") UUID userId) {
        if (!caller.isAdmin()) {
            throw ApiException.forbidden();
        }
        return service.endSessions(caller.userId(), userId).map(SessionsEnded::new);
    }

    @DELETE
    @Path("/{userId}/roles/{grantId}")
    public Uni<RestResponse<Void>> adminRevokeRole(
            @PathParam("userId") UUID userId, @PathParam("grantId") UUID grantId) {
        return service.revoke(caller.userId(), caller.administered(), userId, grantId)
                .map(ignored -> RestResponse.noContent());
    }
}
