package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clock the end-to-end tests move (scripts/e2e.sh): the real time plus what a file says. */
class OffsetFileClockTest {

    @Test
    void withoutTheSettingItIsTheRealTime() {
        assertThat(new Clocks().clock(Optional.empty())).isEqualTo(Clock.systemUTC());
    }

    @Test
    void writingTheFileMovesTheClockAndAnUnreadableOneMeansTheRealTime(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("offset");
        Clock clock = new Clocks().clock(Optional.of(file.toString()));
        // no file yet: the real time
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));

        Files.writeString(file, "PT24H1M\n");
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(Duration.between(Instant.now(), clock.instant()))
                        .isBetween(Duration.ofHours(24), Duration.ofHours(24).plusMinutes(2)));

        Files.writeString(file, "not a duration");
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(
                                Duration.between(Instant.now(), clock.instant()).abs())
                        .isLessThan(Duration.ofSeconds(5)));
    }
}
