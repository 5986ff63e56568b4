package vn.hocvuso.report;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.Accepted;
import vn.hocvuso.common.Download;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.report.ReportViews.Report;
import vn.hocvuso.report.ReportViews.ReportRequest;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;

/**
 * Reports made in the background. Who may call: any person signed in (service accounts: 403); asking for one:
 * the national administrator (every kind, of any province), a province administrator (every kind, of its province
 * only: another province 403, an appendix of another province's commune 403) and unit managers (their own unit's
 * appendix), checked by {@link ReportService}; a report is seen, downloaded and deleted by the national
 * administrator, its province's administrator or the one who asked for it (anyone else: 404).
 */
@Path("/api/v1/reports")
@Authenticated
public class ReportResource {

    private final ReportService service;
    private final Caller caller;

    public ReportResource(ReportService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PROVINCE_ADMIN_NAME, "UNIT_MANAGER"})
    public Uni<RestResponse<Report>> createReport(@Valid @RequiredBody ReportRequest request) {
        return service.create(caller, request).map(report -> Accepted.at("/api/v1/reports/" + report.id(), report));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Page<Report>> listReports(@Valid @BeanParam PageRequest page) {
        return service.list(caller, page);
    }

    @GET
    @Path("/{reportId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Report> getReport(@PathParam("reportId") UUID reportId) {
        return service.get(caller, reportId);
    }

    @DELETE
    @Path("/{reportId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Void> deleteReport(@PathParam("reportId") UUID reportId) {
        return service.delete(caller, reportId);
    }

    @GET
    @Path("/{reportId}/file")
    @Produces({
        ReportFormat.DOCX_TYPE,
        ReportFormat.PDF_TYPE,
        ReportFormat.XLSX_TYPE,
        Download.PROBLEM,
        MediaType.APPLICATION_JSON
    })
    public Uni<Response> downloadReport(@PathParam("reportId") UUID reportId, @Context HttpHeaders headers) {
        return service.file(caller, reportId, headers.getHeaderString(HttpHeaders.IF_NONE_MATCH))
                .map(file -> file.response(headers));
    }
}
