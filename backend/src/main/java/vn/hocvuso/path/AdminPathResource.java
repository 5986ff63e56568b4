package vn.hocvuso.path;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.path.PathViews.LearningPath;
import vn.hocvuso.path.PathViews.LearningPathList;
import vn.hocvuso.path.PathViews.UpdatePathRequest;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;
import vn.hocvuso.unit.LearnerGroup;

/**
 * Each learner group's learning path: its courses in order and the one that certifies the group. Who may
 * call: the province administrator (ADMIN) only.
 */
@Path("/api/v1/admin/paths")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminPathResource {

    private final LearningPaths paths;
    private final Caller caller;

    public AdminPathResource(LearningPaths paths, Caller caller) {
        this.paths = paths;
        this.caller = caller;
    }

    @GET
    public Uni<LearningPathList> adminListPaths() {
        return paths.all();
    }

    @GET
    @Path("/{group}")
    public Uni<LearningPath> adminGetPath(@PathParam("group") LearnerGroup group) {
        return paths.get(group);
    }

    @PUT
    @Path("/{group}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<LearningPath> adminUpdatePath(
            @PathParam("group") LearnerGroup group, @Valid @RequiredBody UpdatePathRequest body) {
        return paths.update(caller.userId(), group, body);
    }
}
