package vn.hocvuso.unit;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Texts;
import vn.hocvuso.common.Violations;
import vn.hocvuso.unit.UnitViews.AgencyView;
import vn.hocvuso.unit.UnitViews.UnitDetailView;
import vn.hocvuso.unit.UnitViews.UnitView;

/** Reads of the province's reference data: units and agencies. */
@ApplicationScoped
public class UnitService {

    public static final Set<String> UNIT_TYPES = Set.of("xã", "phường", "đặc khu");

    private final UnitRepository units;
    private final AgencyRepository agencies;

    public UnitService(UnitRepository units, AgencyRepository agencies) {
        this.units = units;
        this.agencies = agencies;
    }

    @WithSession
    public Uni<Page<UnitView>> searchUnits(String query, String type, PageRequest page) {
        String q = Texts.escapeLike(Texts.cleanOrNull(query));
        String t = Texts.cleanOrNull(type);
        if (t != null && !UNIT_TYPES.contains(t.toLowerCase())) {
            new Violations().add("type", "invalid_choice").throwIfAny();
        }
        String unitType = t == null ? null : t.toLowerCase();
        // Chained, never combined: both queries share one reactive session.
        return units.countMatching(q, unitType).chain(total -> total == 0
                ? Uni.createFrom().item(Page.<UnitView>of(List.of(), page, 0))
                : units.search(q, unitType, page).map(list -> Page.of(list.stream().map(UnitView::of).toList(), page, total)));
    }

    @WithSession
    public Uni<UnitDetailView> getUnit(String code) {
        return units.findById(code).map(unit -> {
            if (unit == null) {
                throw ApiException.notFound("unit_not_found", code);
            }
            return UnitDetailView.of(unit);
        });
    }

    @WithSession
    public Uni<Page<AgencyView>> searchAgencies(String query, PageRequest page) {
        String q = Texts.escapeLike(Texts.cleanOrNull(query));
        return agencies.countMatching(q).chain(total -> agencies.search(q, page)
                .map(list -> Page.of(list.stream().map(AgencyView::of).toList(), page, total)));
    }
}
