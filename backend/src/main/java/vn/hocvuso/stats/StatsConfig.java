package vn.hocvuso.stats;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.util.UUID;

/** How the figures are computed. */
@ConfigMapping(prefix = "hocvuso.stats")
public interface StatsConfig {

    /**
     * The course the unit managers' follow-up list (and the bulk messages sent to it) is about: the
     * national "Kỹ năng số cơ bản" course seeded in V4. The statistics no longer read it: they count each
     * group's certifying course (learning_path, {@link StatsCourses}). Kept until the follow-up list
     * follows the paths too (it names one course page in its messages).
     */
    @WithDefault("0195a6b0-0000-7000-8000-000000000001")
    UUID courseId();

    /**
     * The share of adults in a population, used while a unit has no adult-population figure of its own.
     * 0.69 is the province's own ratio: its estimate of about 1.5 million adults over the 2,161,755 people the
     * National Assembly counts (docs/reference-data.md; docs/architecture.md, "Statistics").
     */
    @WithDefault("0.69")
    double adultShare();

    /** The window over which a target's current daily pace is averaged. */
    @WithDefault("28")
    int paceWindowDays();

    /**
     * The first day the figures can be asked for as of ({@code asOf}, {@code compareTo}): the day plan 368's
     * first targets start (1/7/2025). Before it the portal counted nothing the province reports.
     */
    @WithDefault("2025-07-01")
    LocalDate campaignStart();
}
