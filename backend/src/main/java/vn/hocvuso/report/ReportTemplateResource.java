package vn.hocvuso.report;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.report.ReportViews.ReportTemplate;
import vn.hocvuso.report.ReportViews.ReportTemplateUpdate;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;

/**
 * The notice's and the appendix's editable texts, checked on save, audited. Who may call: ADMIN only. The texts are
 * national, one per kind ({@code report_template}, V136), and name each report's province by placeholders: a
 * province administrator's change would be every province's, so it is refused (403) like anyone else's.
 */
@Path("/api/v1/admin/report-templates")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class ReportTemplateResource {

    private final ReportTemplateService service;
    private final Caller caller;

    public ReportTemplateResource(ReportTemplateService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    public Uni<List<ReportTemplate>> listReportTemplates() {
        return service.list();
    }

    @PUT
    @Path("/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ReportTemplate> updateReportTemplate(
            @PathParam("kind") String kind, @Valid @RequiredBody ReportTemplateUpdate body) {
        return service.update(caller.userId(), kind, body);
    }

    @DELETE
    @Path("/{kind}")
    public Uni<Void> resetReportTemplate(@PathParam("kind") String kind) {
        return service.reset(caller.userId(), kind);
    }
}
