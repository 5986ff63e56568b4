package vn.hocvuso.organisation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The organisation tree's settings. */
@ConfigMapping(prefix = "hocvuso.organisations")
public interface OrganisationsConfig {

    /**
     * How often every replica reads the tree again ({@link OrganisationTree}): how long a move or a merge
     * made on another replica may take to change what an agency manager reaches there. The replica that
     * made the change reads it at once.
     */
    @WithDefault("30s")
    String treeRefresh();
}
