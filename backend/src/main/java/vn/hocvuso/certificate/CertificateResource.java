package vn.hocvuso.certificate;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.certificate.CertificateViews.Verification;

/** Verifying a certificate. Who may call: anyone (the code is what a holder shares). */
@Path("/api/v1/certificates/{code}")
@PermitAll
public class CertificateResource {

    private final CertificateService service;

    public CertificateResource(CertificateService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Verification> verifyCertificate(@PathParam("code") String code) {
        return service.verify(code);
    }

    @GET
    @Path("/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Uni<RestResponse<Buffer>> getCertificatePdf(@PathParam("code") String code) {
        return service.pdf(code).map(bytes -> RestResponse.ResponseBuilder.ok(Buffer.buffer(bytes), "application/pdf")
                // The canonical code, never the raw path text, goes into the header.
                .header("Content-Disposition", "inline; filename=\"chung-nhan-"
                        + CertificateCodes.normalize(code).orElse("") + ".pdf\"")
                .header("Cache-Control", "no-cache")
                .build());
    }
}
