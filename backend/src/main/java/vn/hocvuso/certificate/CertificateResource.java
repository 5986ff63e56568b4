package vn.hocvuso.certificate;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hocvuso.certificate.CertificateViews.Verification;
import vn.hocvuso.common.Download;
import vn.hocvuso.limit.ClientAddresses;
import vn.hocvuso.limit.Limits;

/** Verifying a certificate. Who may call: anyone (the code is what a holder shares). */
@Path("/api/v1/certificates/{code}")
@PermitAll
public class CertificateResource {

    private final CertificateService service;
    private final Limits limits;
    private final ClientAddresses addresses;

    public CertificateResource(CertificateService service, Limits limits, ClientAddresses addresses) {
        this.service = service;
        this.limits = limits;
        this.addresses = addresses;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Verification> verifyCertificate(@PathParam("code") String code) {
        return service.verify(code);
    }

    @GET
    @Path("/pdf")
    @Produces({CertificateService.PDF, Download.PROBLEM, MediaType.APPLICATION_JSON})
    public Uni<Response> getCertificatePdf(
            @PathParam("code") String code, @Context HttpHeaders headers, @Context HttpServerRequest request) {
        // Limited per address and per certificate: anyone may ask, and a miss of the cache renders.
        return limits.certificatePdf(
                        addresses.of(request), CertificateCodes.normalize(code).orElse(null))
                .chain(() -> service.pdf(code, headers.getHeaderString(HttpHeaders.IF_NONE_MATCH)))
                .map(file -> file.response(headers));
    }
}
