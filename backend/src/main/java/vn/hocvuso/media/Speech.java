package vn.hocvuso.media;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.BoundedWorkers;
import vn.hocvuso.common.Secrets;

/**
 * Vietnamese words spoken by the server, for lessons ({@link LessonAudio}) and test questions (the quiz feature). The
 * texts are spoken by espeak-ng one at a time, so that the time each one starts is known exactly; they are joined
 * with a short pause and encoded once as MP3 by ffmpeg.
 *
 * <p>Cached per version of what is said: the key is the SHA-256 of the words and how they are spoken (voice, speed),
 * so a lesson or question that changes is spoken anew and an unchanged one never is. The audio and its timings are
 * stored ({@link MediaStorage}, shared by replicas and kept across restarts); {@code quarkus-cache} ({@code speech})
 * keeps the timings in memory and makes concurrent first requests for one text wait for a single generation.
 *
 * <p>Speaking runs on a worker pool of its own ({@code hocvuso.media.speech-threads}) behind a bulkhead with a
 * bounded queue ({@code speech-queue}): never on the event loop, never more processes than configured; past the
 * queue, 503 {@code server_busy}.
 */
@ApplicationScoped
public class Speech {

    /** Where the text at {@code index} of the spoken list is heard (texts with nothing to say are left out). */
    public record Segment(int index, double startSeconds, double endSeconds) {}

    /** The audio's address, its length, the voice and the texts' times. */
    public record Spoken(String url, double durationSeconds, String voice, List<Segment> segments) {}

    static final String CACHE = "speech";
    private static final int SAMPLE_RATE = 22_050;
    private static final double PAUSE_SECONDS = 0.6;
    private static final int RETRY_AFTER_SECONDS = 10;
    private static final String AUDIO_FILE = "speech.mp3";
    private static final String TIMINGS_FILE = "timings.json";

    private final MediaTools tools;
    private final MediaStorage storage;
    private final MediaConfig config;
    private final ObjectMapper json;
    private final Cache cache;
    private final Vertx vertx;
    private final BoundedWorkers workers;

    public Speech(
            MediaTools tools,
            MediaStorage storage,
            MediaConfig config,
            ObjectMapper json,
            @CacheName(CACHE) Cache cache,
            Vertx vertx) {
        this.tools = tools;
        this.storage = storage;
        this.config = config;
        this.json = json;
        this.cache = cache;
        this.vertx = vertx;
        this.workers = new BoundedWorkers(vertx, "hocvuso-speech", config.speechThreads(), config.speechQueue());
    }

    /** 503 {@code audio_off} when the server cannot speak (switched off, or a program missing). */
    public void requireAvailable() {
        if (!tools.speechAvailable()) {
            throw new ApiException(StatusCode.SERVICE_UNAVAILABLE, "audio_off");
        }
    }

    /** {@code texts} spoken in order, from storage when this exact list was spoken before. */
    public Uni<Spoken> speak(List<String> texts) {
        requireAvailable();
        String key = key(texts);
        return cache.getAsync(
                key,
                k -> stored(k).chain(found -> found != null ? Uni.createFrom().item(found) : generate(k, texts)));
    }

    private String key(List<String> spoken) {
        StringBuilder all = new StringBuilder("espeak-ng|")
                .append(config.voice())
                .append('|')
                .append(config.wordsPerMinute())
                .append("|mp3-32k|segments|");
        spoken.forEach(text -> all.append(text.length()).append(':').append(text));
        return HexFormat.of().formatHex(Secrets.sha256(all.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The timings stored by an earlier generation (this replica's or another's), with their audio. */
    private Uni<Spoken> stored(String key) {
        return storage.find(key + ".json")
                .chain(timings -> timings.isEmpty()
                        ? Uni.createFrom().nullItem()
                        : vertx.fileSystem()
                                .readFile(timings.get().path().toString())
                                .chain(buffer -> {
                                    Spoken track;
                                    try {
                                        track = json.readValue(buffer.getBytes(), Spoken.class);
                                    } catch (IOException e) {
                                        return Uni.createFrom().nullItem(); // unreadable: speak it again
                                    }
                                    return storage.find(track.url().substring(MediaName.URL_PREFIX.length()))
                                            .map(audio -> audio.isPresent() ? track : null);
                                }));
    }

    private Uni<Spoken> generate(String key, List<String> spoken) {
        return workers.run(() -> generateNow(spoken))
                .onFailure(BulkheadException.class)
                .transform(e -> ApiException.unavailable("server_busy", RETRY_AFTER_SECONDS))
                .chain(done -> storage.put(done.name(), done.dir().resolve(AUDIO_FILE))
                        .chain(() -> storage.put(key + ".json", done.dir().resolve(TIMINGS_FILE)))
                        .eventually(() -> vertx.fileSystem()
                                .deleteRecursive(done.dir().toString(), true)
                                .onFailure()
                                .recoverWithNull())
                        .replaceWith(done.track()));
    }

    /** A generation's result: the audio's name and a directory with its MP3 and its timings. */
    private record Generated(String name, Path dir, Spoken track) {}

    /** On the speech pool: each text to PCM, the texts joined with pauses, the whole encoded as MP3. */
    private Generated generateNow(List<String> spoken) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("hocvuso-speech");
            ByteArrayOutputStream pcm = new ByteArrayOutputStream();
            byte[] pause = new byte[(int) (PAUSE_SECONDS * SAMPLE_RATE) * 2];
            List<Segment> segments = new ArrayList<>();
            for (int i = 0; i < spoken.size(); i++) {
                String text = spoken.get(i);
                if (text.isBlank()) {
                    continue;
                }
                Path wav = dir.resolve(i + ".wav");
                tools.speak(text, wav);
                double start = pcm.size() / (2.0 * SAMPLE_RATE);
                pcm.write(pcmOf(Files.readAllBytes(wav)));
                segments.add(new Segment(i, round(start), round(pcm.size() / (2.0 * SAMPLE_RATE))));
                pcm.write(pause);
            }
            Path all = dir.resolve("all.wav");
            Files.write(all, wav(pcm.toByteArray()));
            Path mp3 = dir.resolve(AUDIO_FILE);
            tools.encodeMp3(all, mp3);
            Files.delete(all);
            String name = MediaName.of(Secrets.sha256(Files.readAllBytes(mp3)), "mp3");
            Spoken track = new Spoken(
                    MediaName.url(name),
                    round(pcm.size() / (2.0 * SAMPLE_RATE)),
                    config.voice(),
                    List.copyOf(segments));
            Files.write(dir.resolve(TIMINGS_FILE), json.writeValueAsBytes(track));
            return new Generated(name, dir, track);
        } catch (IOException e) {
            deleteTree(dir);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteTree(dir);
            throw e;
        }
    }

    private static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }

    /** The samples of a 16-bit mono WAV file (its {@code data} chunk). */
    static byte[] pcmOf(byte[] wav) {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int at = 12;
        while (at + 8 <= wav.length) {
            String id = new String(wav, at, 4, StandardCharsets.US_ASCII);
            int size = b.getInt(at + 4);
            if (id.equals("data")) {
                int length = size < 0 || at + 8 + size > wav.length ? wav.length - at - 8 : size;
                byte[] data = new byte[length & ~1];
                System.arraycopy(wav, at + 8, data, 0, data.length);
                return data;
            }
            at += 8 + size + (size & 1);
        }
        throw new IllegalStateException("espeak-ng's output has no data chunk");
    }

    /** A 16-bit mono WAV file of {@code pcm} at espeak-ng's rate. */
    static byte[] wav(byte[] pcm) {
        ByteBuffer b = ByteBuffer.allocate(44 + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .putInt(36 + pcm.length)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) 1)
                .putInt(SAMPLE_RATE)
                .putInt(SAMPLE_RATE * 2)
                .putShort((short) 2)
                .putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII))
                .putInt(pcm.length)
                .put(pcm);
        return b.array();
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; nothing else refers to it
        }
    }

    @PreDestroy
    void close() {
        workers.close();
    }
}
