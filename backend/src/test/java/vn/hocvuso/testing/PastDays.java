package vn.hocvuso.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** For the tests of the figures as of a past day (issue 14): the moment such an answer is for. */
public final class PastDays {

    private PastDays() {}

    /** The end of {@code day} in Vietnam (23:59:59.999), as an answer's {@code asOf} writes it. */
    public static String endOf(LocalDate day) {
        Instant end = day.plusDays(1)
                .atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant()
                .minusMillis(1);
        return end.toString();
    }
}
