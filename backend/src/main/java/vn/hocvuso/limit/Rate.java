package vn.hocvuso.limit;

import io.quarkus.runtime.configuration.DurationConverter;
import java.time.Duration;

/**
 * "N per period": at most N at once, then one more each period / N. Written {@code 20/PT1M} or
 * {@code 20/1m} in the settings.
 */
public record Rate(int count, Duration period) {

    public Rate {
        if (count < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate needs a count of at least 1 and a positive period");
        }
    }

    /** The implicit converter SmallRye Config uses for settings of this type. */
    public static Rate parse(CharSequence text) {
        String value = text.toString().strip();
        int slash = value.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("'" + value + "' is not a rate; write it as N/period, e.g. 20/PT1M");
        }
        return new Rate(
                Integer.parseInt(value.substring(0, slash).strip()),
                DurationConverter.parseDuration(value.substring(slash + 1).strip()));
    }

    /** The time each request takes from the budget. */
    Duration interval() {
        return period.dividedBy(count);
    }

    /** How far ahead the budget may be spent: count - 1 intervals. */
    Duration tolerance() {
        return interval().multipliedBy(count - 1L);
    }

    @Override
    public String toString() {
        return count + "/" + period;
    }
}
