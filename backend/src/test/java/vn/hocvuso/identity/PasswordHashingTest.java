package vn.hocvuso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SettingsProfile;

/**
 * Password hashes at their production cost (19 MiB, two passes): never on an event-loop thread, and a
 * bounded number at a time, so that beyond the queue a request is refused at once with 503 and
 * Retry-After instead of growing the heap (issue 20: 1.6 GB). Here one hash at a time and two waiting,
 * so that a small burst overflows it, and the blocked-thread checker looks every 10 ms.
 */
@QuarkusTest
@TestProfile(PasswordHashingTest.ProductionHashing.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PasswordHashingTest {

    public static class ProductionHashing extends SettingsProfile {
        public ProductionHashing() {
            super(
                    "hocvuso.password.hashing.concurrency=1",
                    "hocvuso.password.hashing.queue=2",
                    "hocvuso.password.argon2.memory-kib=19456",
                    "hocvuso.password.argon2.iterations=2",
                    "quarkus.vertx.max-event-loop-execute-time=20ms",
                    "quarkus.vertx.warning-exception-time=10ms");
        }
    }

    /** Runs first, while nothing has used the hasher of this fresh application yet. */
    @Test
    @Order(1)
    void theFirstLoginAfterStartDoesNotHashOnAnEventLoopThread() {
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger checker = Logger.getLogger("io.vertx.core.impl.BlockedThreadChecker");
        checker.addHandler(capture);
        try {
            // An unknown account: verified against the decoy hash, as long as a real one.
            api().body(Map.of("login", Learners.uniquePhone(), "password", "mot-mat-khau-bat-ky"))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(401);
        } finally {
            checker.removeHandler(capture);
        }
        // Before: the decoy hash was made in the constructor, run on the event loop that first needed the bean.
        // (Other warnings may come from a busy machine; a hash on the event loop is what must not.)
        assertThat(warnings)
                .noneSatisfy(record -> assertThat(record.getThrown())
                        .isNotNull()
                        .satisfies(thrown -> assertThat(thrown.getStackTrace())
                                .anyMatch(frame -> frame.getClassName().startsWith("com.password4j."))));
    }

    @Test
    @Order(2)
    void aBurstBeyondTheQueueIsToldToComeBackAndEveryoneElseIsServed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                futures.add(
                        pool.submit(() -> api().body(Learners.registration()).post("/api/v1/auth/register")));
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            assertThat(responses)
                    .extracting(Response::statusCode)
                    .containsOnly(201, 503)
                    .contains(201, 503);
            for (Response busy :
                    responses.stream().filter(r -> r.statusCode() == 503).toList()) {
                assertThat(busy.contentType()).startsWith("application/problem+json");
                assertThat(busy.jsonPath().getString("code")).isEqualTo("server_busy");
                assertThat(busy.jsonPath().getString("detail"))
                        .isEqualTo("Máy chủ đang bận. Vui lòng thử lại sau 2 giây.");
                assertThat(busy.header("Retry-After")).isEqualTo("2");
            }
        } finally {
            pool.shutdownNow();
        }
        // Those told to come back can: the bulkhead is free again.
        api().body(Learners.registration()).post("/api/v1/auth/register").then().statusCode(201);
    }
}
