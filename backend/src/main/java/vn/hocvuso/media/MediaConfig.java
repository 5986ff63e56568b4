package vn.hocvuso.media;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Lesson media and listening ({@code hocvuso.media.*}; docs/operations.md, "Media and listening"). */
@ConfigMapping(prefix = "hocvuso.media")
public interface MediaConfig {

    /** Where uploaded videos, captions and generated audio are kept (created if missing; shared by replicas). */
    @WithDefault("data/media")
    String storageDir();

    /**
     * Largest video accepted. A lesson video of a few minutes of slides is 5–15 MB; past 20M the HTTP layer's
     * own body limit ({@code quarkus.http.limits.max-body-size}) must be raised too.
     */
    @WithDefault("16M")
    MemorySize maxVideoSize();

    /** Largest captions file (WebVTT); an hour of captions is about 100 kB. */
    @WithDefault("1M")
    MemorySize maxCaptionsSize();

    /** Whether lessons are read aloud; off, or with a speech command missing, the API answers {@code audio_off}. */
    @WithDefault("true")
    boolean audioEnabled();

    /** The speech engine (Debian's {@code espeak-ng}), a name on the PATH or a full path. */
    @WithDefault("espeak-ng")
    String espeakCommand();

    /** The encoder of the spoken audio and the reader of a video's length (Debian's {@code ffmpeg}). */
    @WithDefault("ffmpeg")
    String ffmpegCommand();

    /** The voice: espeak-ng's Vietnamese. */
    @WithDefault("vi")
    String voice();

    /** Words per minute; espeak-ng's default is 175, slower suits older listeners. */
    @WithDefault("145")
    int wordsPerMinute();

    /** Lessons spoken at the same moment (each is one espeak-ng and one ffmpeg process). */
    @WithDefault("1")
    int speechThreads();

    /** Lessons that may wait to be spoken; one more is answered 503 {@code server_busy}. */
    @WithDefault("8")
    int speechQueue();

    /** Longest a speech or encoding process may run before it is stopped. */
    @WithDefault("PT2M")
    Duration processTimeout();
}
