package vn.hocvuso.roster;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.common.Accepted;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Download;
import vn.hocvuso.common.Idempotency;
import vn.hocvuso.common.Messages;
import vn.hocvuso.common.Secrets;
import vn.hocvuso.common.Spreadsheet;
import vn.hocvuso.roster.RosterViews.DryRunReport;
import vn.hocvuso.roster.RosterViews.ImportView;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;

/**
 * Roster imports: of public servants (each row naming its agency), or of one organisation
 * ({@code organisationId}: a school's students or staff, an enterprise's workers, an agency's public
 * servants). Who may call: the administrator (the whole province), a unit or agency manager (rows of
 * their units or agencies; an organisation's roster only an agency manager whose reach covers it), a
 * service account with {@code rosters:write} (within its limits). The template: anyone. The body is the file itself (CSV or XLSX), as {@code curl --data-binary} sends it.
 */
@Path("/api/v1/imports/rosters")
@RolesAllowed({Role.ADMIN_NAME, "UNIT_MANAGER", "AGENCY_MANAGER", "INTEGRATOR"})
public class RosterImportResource {

    private final RosterImportService service;
    private final RosterResults results;
    private final Caller caller;
    private final Idempotency idempotency;

    public RosterImportResource(
            RosterImportService service, RosterResults results, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.results = results;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/dry-run")
    @Consumes(Spreadsheet.UPLOAD_TYPES)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<DryRunReport> previewRosterImport(
            @QueryParam("organisationId") Long organisationId,
            @QueryParam("group") String group,
            byte[] body,
            @Context HttpHeaders headers) {
        return service.dryRun(caller, body, organisationId, group, Messages.localeOf(headers));
    }

    @POST
    @Consumes(Spreadsheet.UPLOAD_TYPES)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<ImportView>> startRosterImport(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @QueryParam("confirm") @DefaultValue("false") boolean confirm,
            @QueryParam("fileName") String fileName,
            @QueryParam("organisationId") Long organisationId,
            @QueryParam("group") String group,
            byte[] body) {
        byte[] fingerprint = Secrets.sha256(
                concat(body, ("|" + confirm + "|" + fileName + "|" + organisationId + "|" + group).getBytes(UTF_8)));
        return idempotency.run(
                idempotencyKey,
                caller.key(),
                "startRosterImport",
                fingerprint,
                ImportView.class,
                () -> service.submit(caller, body, fileName, confirm, organisationId, group)
                        .map(RosterImportResource::accepted));
    }

    /** 202: the import runs in the background; its state is read at its own path. */
    private static RestResponse<ImportView> accepted(ImportView view) {
        return Accepted.at("/api/v1/imports/rosters/" + view.id(), view);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] first = a == null ? new byte[0] : a;
        byte[] all = new byte[first.length + b.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(b, 0, all, first.length, b.length);
        return all;
    }

    @GET
    @Path("/template")
    @PermitAll
    @Produces(Spreadsheet.TEMPLATE_TYPES)
    public Response getRosterTemplate(
            @QueryParam("format") @DefaultValue("csv") String format,
            @QueryParam("kind") @DefaultValue("AGENCY") String kind,
            @Context HttpHeaders headers) {
        RosterTemplates template = RosterTemplates.of(kind)
                .orElseThrow(() -> new ApiException(StatusCode.BAD_REQUEST, "invalid_parameter", "kind"));
        return Spreadsheet.template(format, template.fileName, "Danh sách", template.header, List.of(template.example))
                .response(headers);
    }

    @GET
    @Path("/{importId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<ImportView> getRosterImport(@PathParam("importId") UUID importId) {
        return service.status(caller, importId);
    }

    @POST
    @Path("/{importId}/resume")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<ImportView>> resumeRosterImport(@PathParam("importId") UUID importId) {
        return service.resume(caller, importId).map(RosterImportResource::accepted);
    }

    @GET
    @Path("/{importId}/result")
    @Produces({"text/csv", Download.PROBLEM, MediaType.APPLICATION_JSON})
    public Uni<Response> getRosterImportResult(@PathParam("importId") UUID importId, @Context HttpHeaders headers) {
        return results.result(caller, importId, Messages.localeOf(headers))
                .map(csv -> Download.attachment(csv, "text/csv; charset=utf-8", "ket-qua-nhap-" + importId + ".csv")
                        .response(headers));
    }
}
