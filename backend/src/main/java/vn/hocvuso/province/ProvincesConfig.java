package vn.hocvuso.province;

import io.smallrye.config.ConfigMapping;

/** The deployment's place among the provinces. */
@ConfigMapping(prefix = "hocvuso.provinces")
public interface ProvincesConfig {

    /**
     * The province this deployment's administrators run: the targets they set and the top-level organisations
     * they enter (a department with neither a parent nor a unit) are its. The national administrator (ADMIN) acts
     * for this province where a request names none; a province administrator (PROVINCE_ADMIN) is granted its own
     * province, and its other provinces' units, organisations and targets come through their own data
     * (docs/architecture.md, "Provinces").
     */
    String home();
}
