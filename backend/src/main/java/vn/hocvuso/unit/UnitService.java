package vn.hocvuso.unit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Texts;
import vn.hocvuso.unit.UnitViews.AgencyView;
import vn.hocvuso.unit.UnitViews.UnitDetailView;
import vn.hocvuso.unit.UnitViews.UnitView;

/** Reads of the province's reference data: units and agencies. */
@ApplicationScoped
public class UnitService {

    public static final Set<String> UNIT_TYPES = Set.of("xã", "phường", "đặc khu");

    private final Units units;
    private final Agencies agencies;
    private final Pool pool;

    public UnitService(Units units, Agencies agencies, Pool pool) {
        this.units = units;
        this.agencies = agencies;
        this.pool = pool;
    }

    public Uni<Page<UnitView>> searchUnits(String query, String type, String province, PageRequest page) {
        String q = Texts.escapeLike(Texts.cleanOrNull(query));
        String t = Texts.cleanOrNull(type);
        if (t != null && !UNIT_TYPES.contains(t.toLowerCase())) {
            throw ApiException.invalid("type", "invalid_choice");
        }
        String unitType = t == null ? null : t.toLowerCase();
        return units.countMatching(pool, q, unitType, province)
                .chain(total -> total == 0
                        ? Uni.createFrom().item(Page.<UnitView>of(List.of(), page, 0))
                        : units.search(pool, q, unitType, province, page)
                                .map(list ->
                                        Page.of(list.stream().map(UnitView::of).toList(), page, total)));
    }

    public Uni<UnitDetailView> getUnit(String code) {
        return units.find(pool, code).map(unit -> {
            if (unit == null) {
                throw ApiException.notFound("unit_not_found", code);
            }
            return UnitDetailView.of(unit);
        });
    }

    public Uni<Page<AgencyView>> searchAgencies(String query, PageRequest page) {
        String q = Texts.escapeLike(Texts.cleanOrNull(query));
        return agencies.countMatching(pool, q)
                .chain(total -> agencies.search(pool, q, page)
                        .map(list -> Page.of(list.stream().map(AgencyView::of).toList(), page, total)));
    }
}
