package vn.hocvuso.certificate;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hocvuso.certificate.CertificateViews.CertificateRecord;
import vn.hocvuso.certificate.CertificateViews.RevokeRequest;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;

/** Certificates for the province administrator. Who may call: ADMIN only. */
@Path("/api/v1/admin/certificates/{code}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminCertificateResource {

    private final CertificateService service;
    private final Caller caller;

    public AdminCertificateResource(CertificateService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    public Uni<CertificateRecord> adminGetCertificate(@PathParam("code") String code) {
        return service.adminGet(code);
    }

    @POST
    @Path("/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CertificateRecord> adminRevokeCertificate(
            @PathParam("code") String code, @Valid @RequiredBody RevokeRequest body) {
        return service.revoke(caller.userId(), code, body.reason());
    }
}
