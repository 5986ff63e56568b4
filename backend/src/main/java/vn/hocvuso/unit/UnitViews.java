package vn.hocvuso.unit;

import java.util.List;

/** Response bodies of the units feature. */
public final class UnitViews {

    private UnitViews() {}

    public record UnitView(
            String code, String name, String type, Integer population, Double areaKm2, List<String> formerNames) {

        static UnitView of(Unit unit) {
            return new UnitView(
                    unit.code(),
                    unit.name(),
                    unit.type(),
                    unit.population(),
                    unit.areaKm2() == null ? null : unit.areaKm2().doubleValue(),
                    unit.formerNames());
        }
    }

    public record UnitDetailView(
            String code,
            String name,
            String type,
            Integer population,
            Double areaKm2,
            List<String> formerNames,
            String arrangement,
            String provinceCode) {

        static UnitDetailView of(Unit unit) {
            UnitView view = UnitView.of(unit);
            return new UnitDetailView(
                    view.code(),
                    view.name(),
                    view.type(),
                    view.population(),
                    view.areaKm2(),
                    view.formerNames(),
                    unit.arrangement(),
                    unit.provinceCode());
        }
    }

    public record AgencyView(Long id, String name) {

        static AgencyView of(Agency agency) {
            return new AgencyView(agency.id(), agency.name());
        }
    }
}
