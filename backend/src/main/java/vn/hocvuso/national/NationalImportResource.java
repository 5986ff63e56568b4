package vn.hocvuso.national;

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
import vn.hocvuso.common.Messages;
import vn.hocvuso.common.Spreadsheet;
import vn.hocvuso.security.Caller;

/**
 * Results earned on the national platform, from its file ({@link NationalImport}). Who may call: ADMIN only (a result
 * makes a certificate that counts in every unit's figures); anyone else 403, anonymous 401. The template: anyone. The
 * body is the file itself: CSV or XLSX, or the JSON form as {@code application/json}.
 */
@Path("/api/v1/imports/national-results")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class NationalImportResource {

    private final NationalImport imports;
    private final Caller caller;
    private final Idempotency idempotency;

    public NationalImportResource(NationalImport imports, Caller caller, Idempotency idempotency) {
        this.imports = imports;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    /** What a file would add, row by row, with each wrong row's problems; nothing written. */
    @POST
    @Path("/dry-run")
    @Consumes({Spreadsheet.UPLOAD_TYPES, MediaType.APPLICATION_JSON})
    public Uni<NationalImport.Report> previewNationalResultsImport(byte[] body, @Context HttpHeaders headers) {
        return imports.run(caller.userId(), body, isJson(headers), true, Messages.localeOf(headers));
    }

    /** The file written, all or nothing: 400 {@code import_has_errors} when any row is wrong. */
    @POST
    @Consumes({Spreadsheet.UPLOAD_TYPES, MediaType.APPLICATION_JSON})
    public Uni<RestResponse<NationalImport.Report>> importNationalResults(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, byte[] body, @Context HttpHeaders headers) {
        boolean json = isJson(headers);
        return idempotency.runImport(
                idempotencyKey,
                caller.key(),
                "importNationalResults:" + (json ? "json" : "file"),
                body,
                NationalImport.Report.class,
                () -> imports.run(caller.userId(), body, json, false, Messages.localeOf(headers)));
    }

    @GET
    @Path("/template")
    @PermitAll
    @Produces(Spreadsheet.TEMPLATE_TYPES)
    public Response getNationalResultsTemplate(
            @QueryParam("format") @DefaultValue("csv") String format, @Context HttpHeaders headers) {
        return Spreadsheet.template(
                        format, "mau-ket-qua-quoc-gia", "Kết quả quốc gia", NationalFile.TEMPLATE, List.of())
                .response(headers);
    }

    private static boolean isJson(HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        return type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }
}
