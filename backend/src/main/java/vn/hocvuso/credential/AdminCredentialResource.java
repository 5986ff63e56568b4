package vn.hocvuso.credential;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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
import vn.hocvuso.security.Role;

/**
 * Any certificate's verifiable credential, for a province administrator helping a holder (a lost phone, a wallet
 * that would not import it). Who may call: ADMIN only; each read is audited ({@code certificate.credential.read}).
 */
@Path("/api/v1/admin/certificates/{code}/credential")
@RolesAllowed(Role.ADMIN_NAME)
public class AdminCredentialResource {

    private final CredentialService service;
    private final CredentialFiles files;
    private final Caller caller;

    public AdminCredentialResource(CredentialService service, CredentialFiles files, Caller caller) {
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
    public Uni<Response> adminGetCredential(
            @PathParam("code") String code,
            @QueryParam("format") @DefaultValue(CredentialFiles.JSON) @OneOf({"json", "jwt", "qr"}) String format,
            @Context HttpHeaders headers) {
        return files.answer(service.forAdmin(caller.userId(), code), format, headers);
    }
}
