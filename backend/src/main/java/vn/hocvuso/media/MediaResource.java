package vn.hocvuso.media;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.hocvuso.common.DatabaseConfig;
import vn.hocvuso.common.Download;
import vn.hocvuso.common.ProblemMappers;

/**
 * Stored media: lesson videos, their captions and lessons read aloud. Who may call: anyone, like a course's outline.
 * A name is the SHA-256 of the file, handed out only with the lesson it belongs to (to the administrator, and to
 * learners with the lesson's content), so it cannot be guessed; and a {@code <video>} or {@code <audio>} element
 * cannot send a bearer token. Range requests and caching: {@link RangedFile}.
 */
@Path("/api/v1/media")
public class MediaResource {

    private final MediaStorage storage;
    private final ProblemMappers problems;

    public MediaResource(MediaStorage storage, DatabaseConfig database) {
        this.storage = storage;
        this.problems = new ProblemMappers(database);
    }

    @GET
    @Path("/{name}")
    @PermitAll
    @Produces({"video/mp4", "video/webm", "text/vtt", "audio/mpeg", Download.PROBLEM, MediaType.APPLICATION_JSON})
    public Uni<Response> getMedia(@PathParam("name") String name, @Context HttpHeaders headers) {
        if (!MediaName.valid(name) || name.endsWith(".json")) {
            throw MediaName.notFound();
        }
        return storage.find(name).map(found -> RangedFile.answer(found.orElseThrow(MediaName::notFound), headers));
    }

    /** The 416 problem, with the {@code Content-Range} that tells the client the file's size. */
    @ServerExceptionMapper
    public Response rangeNotSatisfiable(RangedFile.RangeNotSatisfiable e, HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(problems.api(e, headers, uri))
                .header("Content-Range", "bytes */" + e.size)
                .header("Accept-Ranges", "bytes")
                .build();
    }
}
