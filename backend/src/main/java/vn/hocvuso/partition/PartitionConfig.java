package vn.hocvuso.partition;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;

/**
 * The monthly partitions of the tables that grow with learning ({@code hocvuso.partitions.*}, V139, V147): how far
 * ahead {@link PartitionJob} makes them and how long each table keeps its months attached (docs/operations.md,
 * "Partitions").
 */
@ConfigMapping(prefix = "hocvuso.partitions")
public interface PartitionConfig {

    /**
     * How often each replica tries the upkeep (one replica at a time does it, under a lease); {@code off} stops
     * it, and the months already made, then the DEFAULT partition, take the rows.
     */
    @WithDefault("PT6H")
    String every();

    /**
     * The months made ahead of the current one (Vietnam time): the job may stop that long before a row of a new
     * month goes to the DEFAULT partition instead of its own.
     */
    @WithDefault("3")
    int monthsAhead();

    /** How long a run may hold the upkeep's lease (a replica that dies mid-run gives it up after this). */
    @WithDefault("PT10M")
    Duration lease();

    /** {@code learning_fact}, the statistics' facts. */
    Table learningFact();

    /** {@code audit_event}, the audit trail. */
    Table auditEvent();

    /** {@code stat_daily}, the statistics' events per day and place (V147). */
    Table statDaily();

    /** {@code stat_state_daily}, the changes per day behind the figures as of a past day (V147). */
    Table statStateDaily();

    /** {@code stat_village_daily}, the villages' events per day (V147). */
    Table statVillageDaily();

    /** {@code stat_village_state_daily}, the villages' changes per day (V147). */
    Table statVillageStateDaily();

    /** One partitioned table's settings. */
    interface Table {

        /**
         * How long a month stays attached, counted from its end ({@code P24M}, {@code P5Y}); a month past it is
         * detached and left as an ordinary table for the operator to archive and drop. Unset (the default): kept
         * forever, since {@code stat_rebuild()} recounts the figures from every fact, and the audit trail is
         * kept as the law asks. A daily rollup's month detached takes its days out of the statistics' series and
         * out of the figures as of a day in it: keep it at least as long as anyone reads those days.
         */
        Optional<Period> retention();
    }
}
