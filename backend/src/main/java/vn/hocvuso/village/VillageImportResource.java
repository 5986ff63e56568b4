package vn.hocvuso.village;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.Idempotency;
import vn.hocvuso.common.ImportReport;
import vn.hocvuso.common.Messages;
import vn.hocvuso.common.Spreadsheet;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;

/**
 * Villages from a file. Who may call: ADMIN (rows of any unit), a PROVINCE_ADMIN (rows of its provinces' units) and
 * a UNIT_MANAGER (rows of their own units); a row of another unit (another province's too) is that row's problem,
 * {@code out_of_scope_unit}, and nothing is written; anyone else 403 (service accounts too, as for the single
 * edits), anonymous 401. The template: anyone.
 *
 * <p>Why one path beside the other imports rather than one per unit: an administrator loads the province's list, many
 * units in one file, by the {@code Mã đơn vị} column, and a manager of several units does the same for theirs; a
 * unit's page sends {@code unitCode} (which the caller must keep, else 403) so that its own list needs no unit
 * column. The body is the file itself (CSV or XLSX), as {@code curl --data-binary} sends it.
 */
@Path("/api/v1/imports/villages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.PROVINCE_ADMIN_NAME, "UNIT_MANAGER"})
public class VillageImportResource {

    private final VillageImport imports;
    private final Caller caller;
    private final Idempotency idempotency;

    public VillageImportResource(VillageImport imports, Caller caller, Idempotency idempotency) {
        this.imports = imports;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    /** What a file would create and change, row by row, with each wrong row's problems; nothing written. */
    @POST
    @Path("/dry-run")
    @Consumes(Spreadsheet.UPLOAD_TYPES)
    public Uni<ImportReport> previewVillageImport(
            @QueryParam("unitCode") @Pattern(regexp = "[0-9]{5}") String unitCode,
            byte[] body,
            @Context HttpHeaders headers) {
        return imports.run(caller.userId(), managed(unitCode), unitCode, body, true, Messages.localeOf(headers));
    }

    /** The file written, all or nothing: 400 {@code import_has_errors} when any row is wrong. */
    @POST
    @Consumes(Spreadsheet.UPLOAD_TYPES)
    public Uni<RestResponse<ImportReport>> importVillages(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @QueryParam("unitCode") @Pattern(regexp = "[0-9]{5}") String unitCode,
            byte[] body,
            @Context HttpHeaders headers) {
        Set<String> managed = managed(unitCode);
        return idempotency.runImport(
                idempotencyKey,
                caller.key(),
                "importVillages:" + unitCode,
                body,
                ImportReport.class,
                () -> imports.run(caller.userId(), managed, unitCode, body, false, Messages.localeOf(headers)));
    }

    @GET
    @Path("/template")
    @PermitAll
    @Produces(Spreadsheet.TEMPLATE_TYPES)
    public Response getVillageTemplate(
            @QueryParam("format") @DefaultValue("csv") String format, @Context HttpHeaders headers) {
        return Spreadsheet.template(
                        format, "mau-thon-to-dan-pho", "Thôn, tổ dân phố", VillageImport.TEMPLATE, List.of())
                .response(headers);
    }

    /**
     * The units whose rows the caller may write: null (all) for an administrator, a province administrator's
     * provinces' units, a manager's own units. The unit the request names for its rows must be one of them: 403
     * otherwise, as on that unit's page.
     */
    private Set<String> managed(String unitCode) {
        if (unitCode != null) {
            caller.requireAdminOrManagerOf(unitCode);
        }
        if (caller.isAdmin()) {
            return null;
        }
        Set<String> kept = new LinkedHashSet<>(caller.has(Role.UNIT_MANAGER.name()) ? caller.units() : Set.of());
        if (caller.isProvinceAdmin()) {
            kept.addAll(caller.administered().units());
        }
        return kept;
    }
}
