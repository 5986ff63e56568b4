package vn.hocvuso.testing;

import io.quarkus.cache.CacheManager;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

/**
 * A test class that moves both clocks the figures as of a past day depend on (issue 14): the application's ({@link
 * TestClock}) and the rollups' ({@code stat_clock_offset()}, V133, which dates every change the database counts),
 * as a real midnight moves both. After each test both run on real time again and the statistics' caches are
 * emptied: they keep a past day's figures for good, and a moved clock may make a day past that another test's
 * clock had open, or the reverse.
 */
public abstract class WithStatsClocks extends WithTestClock {

    @Inject
    protected CacheManager caches;

    @AfterEach
    protected void statsClockToo() {
        Database.setStatsClock(Duration.ZERO);
        PastDays.emptyStatsCaches(caches);
    }

    /** Both clocks {@code from} now (zero: now again), the statistics' caches emptied. */
    protected void moveBothClocks(Duration from) {
        clock.reset();
        clock.advance(from);
        Database.setStatsClock(from);
        PastDays.emptyStatsCaches(caches);
    }
}
