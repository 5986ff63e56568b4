package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.province.Province;
import vn.hocvuso.stats.StatsViews.PublicDashboard;

/** The figures anyone may see: aggregates only, no personal data. Who may call: anyone, without a token. */
@Path("/api/v1/public/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicDashboardResource {

    private final StatsService stats;
    private final StatsMoment moment;

    public PublicDashboardResource(StatsService stats, StatsMoment moment) {
        this.stats = stats;
        this.moment = moment;
    }

    @GET
    public Uni<RestResponse<PublicDashboard>> getPublicDashboard(
            @QueryParam("asOf") String asOf, @QueryParam("province") @Pattern(regexp = Province.KEY) String province) {
        // A minute's staleness is fine for a public page and lets proxies and browsers absorb the crowds.
        return stats.publicDashboard(moment.pastDay("asOf", asOf), province)
                .map(d -> RestResponse.ResponseBuilder.ok(d)
                        .header("Cache-Control", "public, max-age=60")
                        .build());
    }
}
