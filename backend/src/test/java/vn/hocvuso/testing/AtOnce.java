package vn.hocvuso.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The same request from many phones at the same moment (double taps, retries, a browser with several
 * tabs), without a lock to line them up: for a race made certain behind a row lock, see
 * {@link Database#releasedTogether}.
 */
public final class AtOnce {

    private AtOnce() {}

    /** Sends {@code count} copies of {@code request} at once; their answers, in the order they were sent. */
    public static <T> List<T> send(int count, Callable<T> request) throws Exception {
        ExecutorService phones = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sent.add(phones.submit(request));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            phones.shutdown();
        }
    }
}
