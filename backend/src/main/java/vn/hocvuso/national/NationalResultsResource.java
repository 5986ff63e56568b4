package vn.hocvuso.national;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hocvuso.common.Download;
import vn.hocvuso.common.OneOf;
import vn.hocvuso.credential.SigningKeys;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Scope;

/**
 * The portal's results for the national platform ({@link ResultsFeed}). Who may call: ADMIN, and service accounts with
 * {@code results:read} (within their unit and agency limits); anyone else 403, anonymous 401.
 *
 * <p>The page's body is built whole before it is answered (a page is at most {@code limit} lines), so that it goes out
 * signed: a detached JWS over exactly these bytes, made with the province's signing key ({@link SigningKeys}, the keys
 * the credentials are signed with and the portal publishes), in the {@value #SIGNATURE} header.
 */
@Path("/api/v1/national-results")
@RolesAllowed({"ADMIN", "INTEGRATOR"})
public class NationalResultsResource {

    /** The cursor to send as {@code since} for the next page (also when this one was the last: changes come later). */
    public static final String NEXT_CURSOR = "Next-Cursor";
    /** {@code true} when more results were waiting after this page: ask again at once with {@link #NEXT_CURSOR}. */
    public static final String HAS_MORE = "Has-More";
    /** The page's detached JWS (RFC 7515 appendix F, unencoded payload): {@code header..signature}. */
    public static final String SIGNATURE = "JWS-Signature";

    private final ResultsFeed feed;
    private final Caller caller;
    private final SigningKeys keys;
    private final Vertx vertx;

    public NationalResultsResource(ResultsFeed feed, Caller caller, SigningKeys keys, Vertx vertx) {
        this.feed = feed;
        this.caller = caller;
        this.keys = keys;
        this.vertx = vertx;
    }

    @GET
    @Produces({ResultsFeed.JSON_LINES, "text/csv", Download.PROBLEM, MediaType.APPLICATION_JSON})
    public Uni<Response> exportNationalResults(
            @QueryParam("since") @Size(max = 200) String since,
            @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(10000) int limit,
            @QueryParam("format")
                    @DefaultValue("jsonl")
                    @OneOf(
                            value = {"jsonl", "csv"},
                            message = "invalid_choice")
                    String format,
            @Context HttpHeaders headers) {
        caller.requireAdminOr(Scope.RESULTS_READ);
        ResultsCursor from = ResultsCursor.decode(since);
        return feed.page(caller.id(), caller.reach(Scope.RESULTS_READ), from, limit, format)
                .chain(page -> {
                    if (page.results().isEmpty()) {
                        // Nothing since the cursor: no file at all (JSON Lines would be an empty body, which no
                        // client library tells from a failed download), and the cursor to ask with next time.
                        return Uni.createFrom()
                                .item(Response.noContent()
                                        .header(NEXT_CURSOR, page.next().encode())
                                        .header(HAS_MORE, false)
                                        .header("Cache-Control", "no-store")
                                        .build());
                    }
                    // Up to 10,000 lines written out, hashed and signed: tens of milliseconds of CPU, on a worker.
                    return vertx.executeBlocking(Uni.createFrom().item(() -> signed(page, format, headers)), false);
                });
    }

    /** The page's file, with the cursor headers and its detached JWS over exactly these bytes. */
    private Response signed(ResultsFeed.Page page, String format, HttpHeaders headers) {
        boolean csv = format.equals("csv");
        byte[] body = csv ? ResultsFeed.csv(page.results()) : feed.jsonLines(page.results());
        String type = csv ? "text/csv; charset=UTF-8" : ResultsFeed.JSON_LINES + "; charset=UTF-8";
        Download file = Download.attachment(body, type, "ket-qua-hoc-vu-so" + (csv ? ".csv" : ".jsonl"));
        return Response.fromResponse(file.response(headers))
                .header(NEXT_CURSOR, page.next().encode())
                .header(HAS_MORE, page.more())
                .header(SIGNATURE, keys.signDetached(type, body))
                .build();
    }
}
