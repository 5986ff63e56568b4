package vn.hocvuso.credential;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hocvuso.common.Download;
import vn.hocvuso.common.OneOf;
import vn.hocvuso.security.Caller;

/**
 * A certificate's verifiable credential, downloaded by its holder. Who may call: the certificate's holder (anyone
 * else's certificate is 404, like a code that does not exist; service accounts are refused).
 */
@Path("/api/v1/me/certificates/{code}/credential")
@Authenticated
public class MyCredentialResource {

    private final CredentialService service;
    private final CredentialFiles files;
    private final Caller caller;

    public MyCredentialResource(CredentialService service, CredentialFiles files, Caller caller) {
        this.service = service;
        this.files = files;
        this.caller = caller;
    }

    @GET
    @Produces({
        MediaType.APPLICATION_JSON,
        CredentialResource.VC_JWT,
        CredentialFiles.SVG,
        Download.PROBLEM,
    })
    public Uni<Response> getMyCredential(
            @PathParam("code") String code,
            @QueryParam("format") @DefaultValue(CredentialFiles.JSON) @OneOf({"json", "jwt", "qr"}) String format,
            @Context HttpHeaders headers) {
        return files.answer(service.forHolder(caller.userId(), code), format, headers);
    }
}
