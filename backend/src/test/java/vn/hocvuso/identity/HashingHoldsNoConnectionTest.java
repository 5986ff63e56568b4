package vn.hocvuso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Learners;

/**
 * A password hash takes tens of milliseconds on a warm, idle core but seconds on a busy or cold one, and a
 * request may first wait for a hashing thread (the soak of issue 20: logins waited 5 s at the morning
 * peak). Neither wait may hold a database connection, or the pool empties behind the hashing queue and
 * every other request is refused. Here the pool has one connection and the one hashing thread is taken:
 * a login and a registration wait for it, and meanwhile other learners' requests still get the
 * connection at once (were it held, they would be refused with 503 {@code service_unavailable} after
 * the 1 s acquire timeout); both finish once the thread is free.
 */
@QuarkusTest
@TestProfile(HashingHoldsNoConnectionTest.OneConnection.class)
class HashingHoldsNoConnectionTest {

    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.reactive.max-size",
                    "1",
                    "hocvuso.db.acquire-timeout",
                    "PT1S",
                    "hocvuso.password.hashing.concurrency",
                    "1");
        }
    }

    /** A request that takes longer than this has hung: the test fails on it. */
    private static final long HANG_MILLIS = 20_000;

    @Inject
    Vertx vertx;

    @Inject
    PasswordHasher hasher;

    @Test
    void requestsWaitingForAHashLeaveTheDatabaseConnectionToOthers() throws Exception {
        Learners.Session waiting = Learners.registeredAndLoggedIn();
        Learners.Session other = Learners.registeredAndLoggedIn();
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The hasher's own pool (shared by name): its one thread is busy, as with a slow hash, until released.
        WorkerExecutor hashing = vertx.createSharedWorkerExecutor("password-hashing", 1);
        ExecutorService phones = Executors.newFixedThreadPool(2);
        try {
            hashing.executeBlocking(
                            Uni.createFrom().item(() -> {
                                taken.countDown();
                                try {
                                    return release.await(HANG_MILLIS, TimeUnit.MILLISECONDS);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    return false;
                                }
                            }),
                            false)
                    .subscribe()
                    .with(released -> {}, failure -> {});
            assertThat(taken.await(HANG_MILLIS, TimeUnit.MILLISECONDS)).isTrue();

            Future<Response> login =
                    phones.submit(() -> api().body(Map.of("login", waiting.phone(), "password", Learners.PASSWORD))
                            .post("/api/v1/auth/login"));
            // The login has read its account and now waits for the hashing thread.
            await().atMost(Duration.ofMillis(HANG_MILLIS)).until(() -> hasher.admitted() == 1);
            api(other.accessToken()).get("/api/v1/me").then().statusCode(200);
            api().body(Map.of("refreshToken", other.refreshToken()))
                    .post("/api/v1/auth/refresh")
                    .then()
                    .statusCode(200);

            // A registration has checked its references and waits behind it.
            Future<Response> registration =
                    phones.submit(() -> api().body(Learners.registration()).post("/api/v1/auth/register"));
            await().atMost(Duration.ofMillis(HANG_MILLIS)).until(() -> hasher.admitted() == 2);
            api(other.accessToken()).get("/api/v1/me").then().statusCode(200);
            assertThat(login.isDone()).isFalse();
            assertThat(registration.isDone()).isFalse();

            release.countDown();
            Response loggedIn = login.get(HANG_MILLIS, TimeUnit.MILLISECONDS);
            assertThat(loggedIn.statusCode()).as(loggedIn.asString()).isEqualTo(200);
            Response registered = registration.get(HANG_MILLIS, TimeUnit.MILLISECONDS);
            assertThat(registered.statusCode()).as(registered.asString()).isEqualTo(201);
        } finally {
            release.countDown();
            phones.shutdownNow();
            hashing.closeAndForget();
        }
    }
}
