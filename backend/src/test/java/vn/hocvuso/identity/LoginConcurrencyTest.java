package vn.hocvuso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Learners;

/**
 * Many devices logging into one account at the same moment (a commune office sharing a demo device, a
 * learner with several tabs on a flaky connection): issue 20's morning rush, through HTTP.
 */
@QuarkusTest
class LoginConcurrencyTest {

    private static final int DEVICES = 60;
    private static final int LOGINS_PER_DEVICE = 5;

    @Test
    void sixtyDevicesLoggingIntoOneAccountAtOnceAreAllLetIn() throws Exception {
        Learners.Account account = Learners.registered();
        Map<String, Object> right = Map.of("login", account.phone(), "password", Learners.PASSWORD);

        Map<Integer, Long> statuses = concurrently(DEVICES, () -> {
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < LOGINS_PER_DEVICE; i++) {
                mine.add(api().body(right).post("/api/v1/auth/login").statusCode());
            }
            return mine;
        });

        // Before the fix: 500s (a success deleted the throttle row between another attempt's INSERT and
        // its SELECT … FOR UPDATE) and 429s (every right answer was counted as an attempt).
        assertThat(statuses).containsOnlyKeys(200).containsEntry(200, (long) DEVICES * LOGINS_PER_DEVICE);
    }

    /** Runs the task on that many threads at once and counts the statuses all of them saw. */
    static Map<Integer, Long> concurrently(int threads, Callable<List<Integer>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Integer>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(task));
            }
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> future : futures) {
                all.addAll(future.get());
            }
            return all.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }
}
