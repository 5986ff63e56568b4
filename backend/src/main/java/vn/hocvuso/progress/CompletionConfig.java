package vn.hocvuso.progress;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Whether the server checks that a lesson's completion is plausible (the thresholds themselves are
 * course settings: {@code reading_words_per_minute}, {@code video_completion_percent}).
 */
@ConfigMapping(prefix = "hocvuso.learning")
public interface CompletionConfig {

    /**
     * On (the default): a text lesson completes only after its minimum reading time since the first
     * progress report, a video only when the reported positions cover the course's share of it. Off:
     * a report of 100 % (a video: the course's share) completes at once, which is what the load tests,
     * the soak and the browser tests of other features rely on (they set it off, and say so).
     */
    @WithDefault("true")
    boolean plausibleCompletion();
}
