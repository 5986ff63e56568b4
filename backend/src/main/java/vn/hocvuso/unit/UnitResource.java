package vn.hocvuso.unit;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.province.Province;
import vn.hocvuso.unit.UnitViews.AgencyView;
import vn.hocvuso.unit.UnitViews.UnitDetailView;
import vn.hocvuso.unit.UnitViews.UnitView;

/** Public reference data: who may call it — anyone, without a token. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class UnitResource {

    private final UnitService service;

    public UnitResource(UnitService service) {
        this.service = service;
    }

    @GET
    @Path("/units")
    public Uni<Page<UnitView>> listUnits(
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("type") String type,
            @QueryParam("province") @Pattern(regexp = Province.KEY) String province,
            @BeanParam @Valid PageRequest page) {
        return service.searchUnits(q, type, province, page);
    }

    @GET
    @Path("/units/{code}")
    public Uni<UnitDetailView> getUnit(@PathParam("code") @Pattern(regexp = "[0-9]{5}") String code) {
        return service.getUnit(code);
    }

    @GET
    @Path("/agencies")
    public Uni<Page<AgencyView>> listAgencies(
            @QueryParam("q") @Size(max = 100) String q, @BeanParam @Valid PageRequest page) {
        return service.searchAgencies(q, page);
    }
}
