package vn.hocvuso.unit;

import java.math.BigDecimal;
import java.util.List;

/** A commune-level unit (xã, phường, đặc khu): where every learner lives or works, in its province. */
public record Unit(
        String code,
        String name,
        String type,
        Integer population,
        BigDecimal areaKm2,
        List<String> formerNames,
        String arrangement,
        String provinceCode) {}
