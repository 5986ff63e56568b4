package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.Idempotency;
import vn.hocvuso.common.ImportColumn;
import vn.hocvuso.common.Messages;
import vn.hocvuso.common.Spreadsheet;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;

/**
 * Denominators from a file. Who may call: ADMIN (rows of every place), PROVINCE_ADMIN (rows of its provinces'
 * units, organisations and villages; another province's row is that row's problem, {@code out_of_scope_unit} or
 * {@code out_of_scope_agency}, and nothing is written), and service accounts with {@code denominators:write}
 * within their limits; anyone else 403, anonymous 401. The template: anyone.
 */
@Path("/api/v1/imports/denominators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.PROVINCE_ADMIN_NAME, "INTEGRATOR"})
public class DenominatorImportResource {

    private final DenominatorImport imports;
    private final Caller caller;
    private final Idempotency idempotency;

    public DenominatorImportResource(DenominatorImport imports, Caller caller, Idempotency idempotency) {
        this.imports = imports;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/dry-run")
    @Consumes(Spreadsheet.UPLOAD_TYPES)
    public Uni<DenominatorImport.Report> previewDenominatorImport(byte[] body, @Context HttpHeaders headers) {
        return imports.run(caller, body, true, Messages.localeOf(headers));
    }

    @POST
    @Consumes(Spreadsheet.UPLOAD_TYPES)
    public Uni<RestResponse<DenominatorImport.Report>> importDenominators(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, byte[] body, @Context HttpHeaders headers) {
        return idempotency.runImport(
                idempotencyKey,
                caller.key(),
                "importDenominators",
                body,
                DenominatorImport.Report.class,
                () -> imports.run(caller, body, false, Messages.localeOf(headers)));
    }

    @GET
    @Path("/template")
    @PermitAll
    @Produces(Spreadsheet.TEMPLATE_TYPES)
    public Response getDenominatorTemplate(
            @QueryParam("format") @DefaultValue("csv") String format, @Context HttpHeaders headers) {
        return Spreadsheet.template(
                        format, "mau-mau-so", "Mẫu số", ImportColumn.headers(DenominatorFile.Column.class), List.of())
                .response(headers);
    }
}
