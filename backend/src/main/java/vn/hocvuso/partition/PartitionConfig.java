package vn.hocvuso.partition;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;

/**
 * The monthly partitions of the tables that grow with learning ({@code hocvuso.partitions.*}, V139): how far
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

    /** One partitioned table's settings. */
    interface Table {

        /**
         * How long a month stays attached, counted from its end ({@code P24M}, {@code P5Y}); a month past it is
         * detached and left as an ordinary table for the operator to archive and drop. Unset (the default): kept
         * forever, since {@code stat_rebuild()} recounts the figures from every fact, and the audit trail is
         * kept as the law asks.
         */
        Optional<Period> retention();
    }
}
