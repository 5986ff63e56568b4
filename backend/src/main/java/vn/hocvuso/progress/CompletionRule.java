package vn.hocvuso.progress;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * What makes a lesson's completion plausible (issue 12), from the course's settings and the lesson:
 * a text lesson needs {@code word_count / reading_words_per_minute} minutes since its first progress
 * report; a video of known length is cut into at most {@value #MAX_PARTS} parts of at least
 * {@value #MIN_PART_SECONDS} seconds (the web app reports the position every 5 seconds while playing),
 * and the reported positions must fall in the course's share of them. Pure arithmetic: the decision
 * itself is taken in the progress upsert, on the locked row.
 *
 * @param readingSeconds the minimum time on a text lesson (0: none)
 * @param partSeconds the length of a part of the video (0: the video rule does not apply)
 * @param parts the number of parts of the video
 * @param partsNeeded how many parts the reported positions must cover
 */
public record CompletionRule(long readingSeconds, int partSeconds, int parts, int partsNeeded) {

    static final int MAX_PARTS = 30;
    static final int MIN_PART_SECONDS = 10;

    /** No check: the client's percent decides (the rule switched off). */
    static final CompletionRule NONE = new CompletionRule(0, 0, 0, 0);

    /** The rule for the lesson of a progress report's context row. */
    static CompletionRule of(Row context) {
        Integer duration = context.getInteger("video_duration_seconds");
        if ("VIDEO".equals(context.getString("kind"))) {
            return duration == null ? NONE : video(duration, context.getInteger("threshold"));
        }
        return new CompletionRule(
                readingSeconds(context.getInteger("word_count"), context.getInteger("reading_words_per_minute")),
                0,
                0,
                0);
    }

    /** Minimum seconds to read {@code words} at {@code wordsPerMinute} (0 when there is no minimum). */
    public static long readingSeconds(int words, int wordsPerMinute) {
        return wordsPerMinute <= 0 ? 0 : (words * 60L + wordsPerMinute - 1) / wordsPerMinute;
    }

    static CompletionRule video(int durationSeconds, int sharePercent) {
        int part = Math.max(MIN_PART_SECONDS, (durationSeconds + MAX_PARTS - 1) / MAX_PARTS);
        int parts = Math.max(1, (durationSeconds + part - 1) / part);
        int needed = Math.max(1, (parts * sharePercent + 99) / 100);
        return new CompletionRule(0, part, parts, needed);
    }

    boolean coversVideo() {
        return parts > 0;
    }

    /** The watched-mask bit of a reported position (0 when the video rule does not apply). */
    int bit(int positionSeconds) {
        return parts == 0 ? 0 : 1 << Math.min(parts - 1, positionSeconds / partSeconds);
    }

    /** Reading time still needed, or null when there is no minimum. */
    Integer secondsLeft(OffsetDateTime firstSeenAt, OffsetDateTime now) {
        if (readingSeconds == 0) {
            return null;
        }
        long left = readingSeconds - Duration.between(firstSeenAt, now).toSeconds();
        return (int) Math.max(0, left);
    }

    /** The share of the video the reported positions covered, or null when the video rule does not apply. */
    Integer watchedPercent(int watchedParts) {
        return parts == 0 ? null : Math.min(100, watchedParts * 100 / parts);
    }

    /** The share of a video of this length that {@code watchedParts} parts (bits of the mask) cover. */
    public static int watchedPercent(int durationSeconds, int sharePercent, int watchedParts) {
        return video(durationSeconds, sharePercent).watchedPercent(watchedParts);
    }
}
