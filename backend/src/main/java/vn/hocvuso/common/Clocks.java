package vn.hocvuso.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The time the application reasons with where a rule depends on it (limits, lockouts, the wait before a
 * new set of test attempts). Injected, so that tests move time instead of waiting for it: the API tests
 * replace it ({@code TestClock}); the end-to-end tests, which run the packaged API, move it through
 * {@code hocvuso.clock.offset-file} (set only by {@code scripts/e2e.sh} and the notify benchmark, whose
 * steady-state day is the day after the run before; never in production).
 */
public class Clocks {

    private static final Logger LOG = Logger.getLogger(Clocks.class);

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "hocvuso.clock.offset-file") Optional<String> offsetFile) {
        if (offsetFile.isEmpty() || offsetFile.get().isBlank()) {
            return Clock.systemUTC();
        }
        LOG.warnf(
                "The clock is the real time plus the duration written in %s (end-to-end tests only)", offsetFile.get());
        return new OffsetFileClock(Path.of(offsetFile.get()));
    }

    /**
     * The real time plus an ISO-8601 duration read from a file ({@code PT25H}; no file or an unreadable one: none),
     * read again at most every 100 ms so that a test that writes the file sees the new time at once.
     */
    static final class OffsetFileClock extends Clock {

        private final Path file;
        private volatile Duration offset = Duration.ZERO;
        private volatile long readAtNanos = Long.MIN_VALUE;

        OffsetFileClock(Path file) {
            this.file = file;
        }

        private Duration offset() {
            long now = System.nanoTime();
            if (readAtNanos == Long.MIN_VALUE || now - readAtNanos > 100_000_000L) {
                Duration read = Duration.ZERO;
                try {
                    read = Duration.parse(
                            Files.readString(file, StandardCharsets.UTF_8).strip());
                } catch (IOException | DateTimeParseException e) {
                    // no file yet, or half written: the real time
                }
                offset = read;
                readAtNanos = now;
            }
            return offset;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return zone.equals(ZoneOffset.UTC) ? this : Clock.offset(Clock.system(zone), offset());
        }
    }
}
