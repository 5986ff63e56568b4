package vn.hocvuso.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Real media files for the tests, made by Debian's ffmpeg, and what ffmpeg reads back from served bytes. */
public final class Media {

    /** Where the test profile keeps media (hocvuso.media.storage in application.properties). */
    private static final Path STORAGE = Path.of("target/media-test");

    private Media() {}

    /** How many files the server has stored: what it spoke or received once and keeps. */
    public static long storedFiles() throws IOException {
        if (!Files.isDirectory(STORAGE)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(STORAGE)) {
            return files.count();
        }
    }

    /**
     * The learner asks for a text read aloud ({@code audioPath}: a lesson's or a question's): spoken in
     * Vietnamese, as one stored MP3 named by its content; the answer, with the MP3's url and timings.
     */
    public static JsonPath readAloud(String token, String audioPath) {
        JsonPath audio = api(token)
                .get(audioPath)
                .then()
                .statusCode(200)
                .body("voice", equalTo("vi"))
                .extract()
                .jsonPath();
        assertThat(audio.getString("url")).matches("/api/v1/media/[0-9a-f]{64}\\.mp3");
        return audio;
    }

    /** A phone plays the spoken MP3 at {@code url}: served whole as audio/mpeg, offering ranges; its bytes. */
    public static byte[] playMp3(String url) {
        return api().accept("audio/*")
                .get(url)
                .then()
                .statusCode(200)
                .header("Content-Type", "audio/mpeg")
                .header("Accept-Ranges", "bytes")
                .extract()
                .asByteArray();
    }

    /** A phone seeks: bytes {@code first} to {@code last} of a file of {@code length} come as a 206 part. */
    public static void seek(String url, int first, int last, int length) {
        String range = first + "-" + last;
        api().accept("audio/*")
                .header("Range", "bytes=" + range)
                .get(url)
                .then()
                .statusCode(206)
                .header("Content-Range", "bytes " + range + "/" + length);
    }

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
