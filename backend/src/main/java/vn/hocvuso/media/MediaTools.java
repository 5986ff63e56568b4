package vn.hocvuso.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The two programs media work needs, Debian's {@code espeak-ng} (speech, with its Vietnamese voice) and
 * {@code ffmpeg} (encoding, and reading a video's length), found once at start. When one is missing the API says so
 * in its log, and answers {@code audio_off} for listening; uploads still work (a video's length is then not read).
 * Every process runs with a timeout and its output read to the end; callers run these methods off the event loop.
 */
@ApplicationScoped
public class MediaTools {

    private static final Logger LOG = Logger.getLogger(MediaTools.class);
    private static final Pattern DURATION = Pattern.compile("Duration: (\\d+):(\\d{2}):(\\d{2})\\.(\\d+)");

    private final MediaConfig config;
    private final String espeak;
    private final String ffmpeg;

    public MediaTools(MediaConfig config) {
        this.config = config;
        this.espeak = find(config.espeakCommand());
        this.ffmpeg = find(config.ffmpegCommand());
        if (espeak == null || ffmpeg == null) {
            LOG.warnf(
                    "Listening is off: %s not found (install Debian's espeak-ng and ffmpeg; docs/operations.md)",
                    espeak == null ? config.espeakCommand() : config.ffmpegCommand());
        }
    }

    public boolean ffmpegAvailable() {
        return ffmpeg != null;
    }

    /** Whether lessons can be read aloud: switched on, and both programs found. */
    public boolean speechAvailable() {
        return config.audioEnabled() && espeak != null && ffmpeg != null;
    }

    /** A video's length in whole seconds (at least 1), or empty when ffmpeg cannot read it as a video. */
    public Optional<Integer> durationSeconds(Path video) {
        String out = run(List.of(ffmpeg, "-hide_banner", "-nostdin", "-i", video.toString()), null, true);
        Matcher m = DURATION.matcher(out);
        if (!m.find() || !out.contains("Video:")) {
            return Optional.empty();
        }
        long seconds = Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60 + Long.parseLong(m.group(3));
        return Optional.of((int) Math.max(1, seconds + (m.group(4).charAt(0) >= '5' ? 1 : 0)));
    }

    /** Speaks {@code text} into a WAV file (espeak-ng's 22,050 Hz, 16-bit mono). */
    public void speak(String text, Path wav) {
        run(
                List.of(
                        espeak,
                        "-v",
                        config.voice(),
                        "-s",
                        String.valueOf(config.wordsPerMinute()),
                        "-w",
                        wav.toString(),
                        "--stdin"),
                text,
                false);
        if (!Files.isRegularFile(wav)) {
            throw new IllegalStateException("espeak-ng wrote no audio");
        }
    }

    /** Encodes a WAV file as a small mono MP3 (32 kbit/s: about 240 kB a minute), which every phone plays. */
    public void encodeMp3(Path wav, Path mp3) {
        run(
                List.of(
                        ffmpeg,
                        "-hide_banner",
                        "-nostdin",
                        "-v",
                        "error",
                        "-y",
                        "-i",
                        wav.toString(),
                        "-ac",
                        "1",
                        "-codec:a",
                        "libmp3lame",
                        "-b:a",
                        "32k",
                        mp3.toString()),
                null,
                false);
    }

    private String run(List<String> command, String input, boolean failureExpected) {
        try {
            Path output = Files.createTempFile("hocvuso-media", ".log");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                try (OutputStream stdin = process.getOutputStream()) {
                    if (input != null) {
                        stdin.write(input.getBytes(StandardCharsets.UTF_8));
                    }
                }
                if (!process.waitFor(config.processTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(command.get(0) + " did not finish in " + config.processTimeout());
                }
                String out = Files.readString(output, StandardCharsets.UTF_8);
                if (process.exitValue() != 0 && !failureExpected) {
                    throw new IllegalStateException(command.get(0) + " failed (" + process.exitValue() + "): "
                            + out.substring(0, Math.min(500, out.length())));
                }
                return out;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The program's full path: as configured if it contains a slash, else the first match on the PATH. */
    static String find(String command) {
        if (command == null || command.isBlank()) {
            return null;
        }
        if (command.contains("/")) {
            return Files.isExecutable(Path.of(command)) ? command : null;
        }
        List<String> dirs =
                new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/bin", "/usr/local/bin"));
        for (String dir : dirs) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
