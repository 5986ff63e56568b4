package vn.hocvuso.certificate;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hocvuso.certificate.CertificateViews.MyCertificate;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.security.Caller;

/** The caller's own certificates. Who may call: any logged-in user, about themselves. */
@Path("/api/v1/me/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MyCertificatesResource {

    private final CertificateService service;
    private final Caller caller;

    public MyCertificatesResource(CertificateService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    public Uni<Page<MyCertificate>> listMyCertificates(@BeanParam @Valid PageRequest page) {
        return service.mine(caller.userId(), page);
    }
}
