package vn.hocvuso.organisation;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.groups.ConvertGroup;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.Idempotency;
import vn.hocvuso.common.ImportReport;
import vn.hocvuso.common.Messages;
import vn.hocvuso.common.OneOf;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.common.Spreadsheet;
import vn.hocvuso.organisation.OrganisationViews.CloseRequest;
import vn.hocvuso.organisation.OrganisationViews.OrganisationDetail;
import vn.hocvuso.organisation.OrganisationViews.OrganisationRequest;
import vn.hocvuso.organisation.OrganisationViews.ReopenRequest;
import vn.hocvuso.organisation.Organisations.Sort;
import vn.hocvuso.province.ActingProvince;
import vn.hocvuso.province.Province;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Reach;
import vn.hocvuso.security.Role;

/**
 * The organisation tree as administrators manage it. Who may call: the national administrator (ADMIN, every
 * organisation) and a province administrator (PROVINCE_ADMIN) for its province's organisations only, as {@link
 * OrganisationService} and {@link OrganisationImport} check: another province's organisation is not found (404),
 * another province's parent, unit or organisation merged into is refused (403); anyone else 403, anonymous 401.
 */
@Path("/api/v1/admin/organisations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.PROVINCE_ADMIN_NAME})
public class AdminOrganisationResource {

    private final OrganisationDirectory directory;
    private final OrganisationService organisations;
    private final OrganisationImport imports;
    private final Caller caller;
    private final Idempotency idempotency;
    private final ActingProvince acting;

    public AdminOrganisationResource(
            OrganisationDirectory directory,
            OrganisationService organisations,
            OrganisationImport imports,
            Caller caller,
            Idempotency idempotency,
            ActingProvince acting) {
        this.directory = directory;
        this.organisations = organisations;
        this.imports = imports;
        this.caller = caller;
        this.idempotency = idempotency;
        this.acting = acting;
    }

    @GET
    public Uni<Page<OrganisationDetail>> adminListOrganisations(
            @BeanParam @Valid OrganisationFilter filter,
            @QueryParam("roots") @DefaultValue("false") boolean roots,
            @QueryParam("status") @DefaultValue("ALL") @OneOf({"OPEN", "CLOSED", "ALL"}) String status,
            @QueryParam("sort") @DefaultValue("name") @OneOf({"name", "-name", "-updatedAt"}) String sort,
            @BeanParam @Valid PageRequest page) {
        Sort order = switch (sort) {
            case "-name" -> Sort.NAME_DESC;
            case "-updatedAt" -> Sort.UPDATED;
            default -> Sort.NAME;
        };
        return directory.list(filter.query(roots, status), order, page, caller.administered());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<OrganisationDetail>> adminCreateOrganisation(
            @QueryParam("province") @Pattern(regexp = Province.KEY) String province,
            @Valid @RequiredBody OrganisationRequest body) {
        return organisations
                .create(caller, province, body)
                .map(o -> RestResponse.status(RestResponse.Status.CREATED, o));
    }

    @GET
    @Path("/{organisationId}")
    public Uni<OrganisationDetail> adminGetOrganisation(@PathParam("organisationId") long organisationId) {
        return organisations.get(caller.administered(), organisationId);
    }

    /** A change, and a move when {@code parentId} differs: 409 {@code organisation_cycle} under itself. */
    @PUT
    @Path("/{organisationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<OrganisationDetail> adminUpdateOrganisation(
            @PathParam("organisationId") long organisationId,
            @Valid @ConvertGroup(to = OrganisationRequest.Edit.class) @RequiredBody OrganisationRequest body) {
        return organisations.update(caller.userId(), caller.administered(), organisationId, body);
    }

    @POST
    @Path("/{organisationId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<OrganisationDetail> adminCloseOrganisation(
            @PathParam("organisationId") long organisationId, @Valid @RequiredBody CloseRequest body) {
        return organisations.close(caller.userId(), caller.administered(), organisationId, body);
    }

    @POST
    @Path("/{organisationId}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<OrganisationDetail> adminReopenOrganisation(
            @PathParam("organisationId") long organisationId, @Valid @RequiredBody ReopenRequest body) {
        return organisations.reopen(caller.userId(), caller.administered(), organisationId, body);
    }

    /** What a file would create and update, row by row, with each wrong row's problems; nothing written. */
    @POST
    @Path("/import/dry-run")
    @Consumes(Spreadsheet.UPLOAD_TYPES)
    public Uni<ImportReport> adminPreviewOrganisationImport(
            @QueryParam("province") @Pattern(regexp = Province.KEY) String province,
            byte[] body,
            @Context HttpHeaders headers) {
        UUID actor = caller.userId();
        Reach reach = caller.administered();
        return acting.of(caller, province)
                .chain(checked -> imports.run(actor, reach, checked, body, true, Messages.localeOf(headers)));
    }

    /** The file written, all or nothing: 400 {@code import_has_errors} when any row is wrong. */
    @POST
    @Path("/import")
    @Consumes(Spreadsheet.UPLOAD_TYPES)
    public Uni<RestResponse<ImportReport>> adminImportOrganisations(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @QueryParam("province") @Pattern(regexp = Province.KEY) String province,
            byte[] body,
            @Context HttpHeaders headers) {
        Reach reach = caller.administered();
        UUID actor = caller.userId();
        Uni<String> acted = acting.of(caller, province);
        return idempotency.runImport(
                idempotencyKey,
                caller.key(),
                // the province is part of what was asked, as the village import's unit: a key sent again naming
                // another province is 422 idempotency_key_reused, not the first province's answer
                "adminImportOrganisations:" + province,
                body,
                ImportReport.class,
                () -> acted.chain(
                        checked -> imports.run(actor, reach, checked, body, false, Messages.localeOf(headers))));
    }
}
