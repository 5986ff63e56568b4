package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Tokens;

/**
 * Searches carry people's phone numbers and names in the query string; the access log is read by more
 * people than the data, so it must not keep them. The test profile writes the access log (same pattern
 * as production) to target/access-log-test.log, which this test reads.
 */
@QuarkusTest
class AccessLogTest {

    private static final Path LOG = Path.of("target/access-log-test.log");

    private static String lineOf(String requestId) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            if (!Files.exists(LOG)) {
                                return null;
                            }
                            try {
                                return Files.readAllLines(LOG, StandardCharsets.UTF_8).stream()
                                        .filter(l -> l.contains(requestId))
                                        .findFirst()
                                        .orElse(null);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        line -> line != null);
    }

    @Test
    void searchesByPhoneOrNameLeaveOnlyThePathInTheAccessLog() {
        String byPhone = "rid-" + UUID.randomUUID().toString().substring(0, 12);
        api(Tokens.admin())
                .header("X-Request-Id", byPhone)
                .queryParam("q", "0912345678")
                .queryParam("role", "ADMIN")
                .get("/api/v1/admin/users")
                .then()
                .statusCode(200);
        String byName = "rid-" + UUID.randomUUID().toString().substring(0, 12);
        api(Tokens.unitManager("21211"))
                .header("X-Request-Id", byName)
                .queryParam("q", "Nguyễn Thị Hoa")
                .get("/api/v1/stats/units/21211/learners")
                .then()
                .statusCode(200);

        String phoneLine = lineOf(byPhone);
        assertThat(phoneLine)
                .contains("GET /api/v1/admin/users HTTP/1.1")
                .contains(" 200 ")
                .doesNotContain("0912345678")
                .doesNotContain("912345678")
                .doesNotContain("q=")
                .doesNotContain("?");
        String nameLine = lineOf(byName);
        assertThat(nameLine)
                .contains("GET /api/v1/stats/units/21211/learners")
                .doesNotContain("Nguy")
                .doesNotContain("Hoa")
                .doesNotContain("%")
                .doesNotContain("?");
    }
}
