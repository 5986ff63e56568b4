package vn.hocvuso.province;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.hocvuso.common.ApiException;

/** Public reference data: who may call it — anyone, without a token. */
@Path("/api/v1/provinces")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ProvinceResource {

    /** A list small enough (34 provinces) to answer whole: no paging. */
    public record ProvinceList(List<ProvinceView> items) {}

    private final Provinces provinces;
    private final Pool pool;

    public ProvinceResource(Provinces provinces, Pool pool) {
        this.provinces = provinces;
        this.pool = pool;
    }

    @GET
    public Uni<ProvinceList> listProvinces() {
        return provinces
                .all(pool)
                .map(list ->
                        new ProvinceList(list.stream().map(ProvinceView::of).toList()));
    }

    @GET
    @Path("/{code}")
    public Uni<ProvinceView> getProvince(@PathParam("code") @Pattern(regexp = Province.KEY) String code) {
        return provinces.find(pool, code).map(province -> {
            if (province == null) {
                throw ApiException.notFound("province_not_found", code);
            }
            return ProvinceView.of(province);
        });
    }
}
