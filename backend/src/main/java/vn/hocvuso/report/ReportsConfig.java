package vn.hocvuso.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The report generator ({@code hocvuso.reports.*}; docs/operations.md, "Reports"). How long finished reports
 * are kept is {@code hocvuso.retention.reports}, with the other retention settings.
 */
@ConfigMapping(prefix = "hocvuso.reports")
public interface ReportsConfig {

    /** How often each replica looks for a queued report (or one whose worker's lease ran out). */
    @WithDefault("PT1S")
    Duration pollInterval();

    /**
     * How long a worker holds a report without renewing: it renews at every step, so a report whose worker
     * died (a replica stopped, killed, cut off) is taken up by another once this has passed.
     */
    @WithDefault("PT2M")
    Duration lease();

    /** How many times a report is taken up (its worker dying each time) before it is FAILED. */
    @WithDefault("3")
    int maxAttempts();

    /** Reports one person may have waiting or being made at once; the next is 429 {@code too_many_reports}. */
    @WithDefault("3")
    int maxUnfinished();
}
