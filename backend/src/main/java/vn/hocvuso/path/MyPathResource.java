package vn.hocvuso.path;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hocvuso.path.PathViews.MyPath;
import vn.hocvuso.security.Caller;

/**
 * The caller's learning path: their group's courses in order, the certifying one marked, and where they
 * stand in each. Who may call: any logged-in person, about themselves.
 */
@Path("/api/v1/me/path")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MyPathResource {

    private final LearningPaths paths;
    private final Caller caller;

    public MyPathResource(LearningPaths paths, Caller caller) {
        this.paths = paths;
        this.caller = caller;
    }

    @GET
    public Uni<MyPath> getMyPath() {
        return paths.mine(caller.userId());
    }
}
