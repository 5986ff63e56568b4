package vn.hocvuso.testing;

import io.quarkus.cache.CacheManager;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

/**
 * A test class that moves the application's clock ({@link TestClock}): after each test the clock runs on real
 * time again, so that no other test inherits a moved or frozen clock.
 */
public abstract class WithTestClock {

    @Inject
    protected TestClock clock;

    @Inject
    protected CacheManager caches;

    /** Whether the test moved the rollups' clock too ({@link #setBothClocks}). */
    private boolean bothMoved;

    @AfterEach
    protected void realTimeAgain() {
        clock.reset();
        if (bothMoved) {
            bothMoved = false;
            Database.setStatsClock(Duration.ZERO);
            emptyStatsCaches();
        }
    }

    /**
     * Both clocks {@code from} now (zero: now again): the application's and the rollups' (V133's {@code
     * stat_clock_offset()}, which dates every change the database keeps by day); the statistics' caches emptied,
     * since they may hold as past a day the clocks reopen. A test that records a day D with the clocks a day back
     * and then sets them to now leaves nothing dated after today for the other tests; after it both run on real
     * time again, with the caches emptied.
     */
    protected void setBothClocks(Duration from) {
        bothMoved = true;
        clock.reset();
        clock.advance(from);
        Database.setStatsClock(from);
        emptyStatsCaches();
    }

    /** Forgets everything the statistics keep between answers ({@code stats-…} caches). */
    protected void emptyStatsCaches() {
        for (String name : caches.getCacheNames()) {
            if (name.startsWith("stats-")) {
                caches.getCache(name).orElseThrow().invalidateAll().await().indefinitely();
            }
        }
    }
}
