package vn.hocvuso.organisation;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.organisation.OrganisationViews.OrganisationSummary;

/**
 * The open organisations a learner may belong to (their school, enterprise or agency), as the
 * registration form searches them. Who may call: anyone, without a token.
 */
@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class OrganisationResource {

    private final OrganisationDirectory directory;

    public OrganisationResource(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @GET
    public Uni<Page<OrganisationSummary>> listOrganisations(
            @BeanParam @Valid OrganisationFilter filter, @BeanParam @Valid PageRequest page) {
        return directory.searchOpen(filter.query(false, "OPEN"), page);
    }

    @GET
    @Path("/{organisationId}")
    public Uni<OrganisationSummary> getOrganisation(@PathParam("organisationId") long organisationId) {
        return directory.getOpen(organisationId);
    }
}
