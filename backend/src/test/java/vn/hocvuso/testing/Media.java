package vn.hocvuso.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real media files for the tests, made by Debian's ffmpeg, and what ffmpeg reads back from served bytes. */
public final class Media {

    private Media() {}

    /** A real MP4 of {@code seconds} seconds: a coloured picture and a tone. */
    public static byte[] mp4(int seconds) {
        try {
            Path out = Files.createTempFile("hocvuso-test-video", ".mp4");
            ffmpeg(
                    "-f",
                    "lavfi",
                    "-i",
                    "color=c=navy:s=160x120:d=" + seconds,
                    "-f",
                    "lavfi",
                    "-i",
                    "sine=frequency=440:duration=" + seconds,
                    "-c:v",
                    "mpeg4",
                    "-c:a",
                    "aac",
                    "-shortest",
                    "-movflags",
                    "+faststart",
                    out.toString());
            byte[] bytes = Files.readAllBytes(out);
            Files.delete(out);
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What ffmpeg says of a file (its stream list and duration), read from bytes a client received. */
    public static String probe(byte[] file, String extension) {
        try {
            Path in = Files.createTempFile("hocvuso-test-probe", "." + extension);
            Files.write(in, file);
            String out = run(List.of("ffmpeg", "-hide_banner", "-nostdin", "-i", in.toString(), "-f", "null", "-"));
            Files.delete(in);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void ffmpeg(String... args) {
        List<String> command =
                new java.util.ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-v", "error", "-y"));
        command.addAll(List.of(args));
        run(command);
    }

    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("ffmpeg did not finish");
            }
            return new String(out, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("ffmpeg is needed by these tests (Debian's ffmpeg package)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
