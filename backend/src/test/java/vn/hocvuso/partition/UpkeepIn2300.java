package vn.hocvuso.partition;

import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.hocvuso.testing.Partitions;
import vn.hocvuso.testing.WithTestClock;

/**
 * What the tests of the partitions' upkeep share: the job, and the months of 2300 (the far future no fact is ever
 * dated in) dropped before and after each test, with the upkeep's lease let go.
 */
abstract class UpkeepIn2300 extends WithTestClock {

    static final OffsetDateTime FAR = OffsetDateTime.parse("2300-01-01T00:00:00+07:00");

    @Inject
    PartitionJob job;

    @BeforeEach
    @AfterEach
    void noMonthsOf2300() {
        Partitions.forgetUpkeepFrom(FAR);
    }
}
