package vn.hocvuso.stats;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.hocvuso.common.ApiException;

/**
 * Which moment a statistics answer is for: now, or the end of a past day (Vietnam time) that a request names
 * ({@code asOf}, and {@code compareTo} for a comparison). The day is the application's ({@link Clock}), so
 * the tests move it as they move every other rule that depends on time.
 */
@ApplicationScoped
public class StatsMoment {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Clock clock;
    private final StatsConfig config;

    public StatsMoment(Clock clock, StatsConfig config) {
        this.clock = clock;
        this.config = config;
    }

    /** Today in Vietnam, by the application's clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DailyFacts.VIETNAM);
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * The day {@code raw} names (YYYY-MM-DD), checked: null when there is none or it is today (an answer
     * "as of today" is the answer of now); 400 {@code validation_failed} on {@code field} for a malformed
     * date, a day after today or a day before the campaign began ({@code hocvuso.stats.campaign-start}).
     */
    public LocalDate pastDay(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        LocalDate day;
        try {
            day = raw.length() == 10 ? LocalDate.parse(raw) : null;
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null) {
            throw ApiException.invalid(field, "date_malformed");
        }
        LocalDate today = today();
        if (day.isAfter(today)) {
            throw ApiException.invalid(field, "date_in_future", vietnamese(today));
        }
        if (day.isBefore(config.campaignStart())) {
            throw ApiException.invalid(field, "date_before_campaign", vietnamese(config.campaignStart()));
        }
        return day.equals(today) ? null : day;
    }

    /**
     * The day {@code raw} names to compare with, checked as {@link #pastDay} checks it; today is kept (a
     * comparison with today is one with now).
     */
    public LocalDate comparedDay(String field, String raw) {
        LocalDate day = pastDay(field, raw);
        return day == null && raw != null && !raw.isEmpty() ? today() : day;
    }

    /** The end of {@code day} in Vietnam: the moment the figures as of that day are for. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(DailyFacts.VIETNAM).toInstant().minusMillis(1);
    }

    private static String vietnamese(LocalDate day) {
        return DMY.format(day);
    }
}
