package vn.hocvuso.media;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.FileParsing;
import vn.hocvuso.common.Secrets;
import vn.hocvuso.course.AdminCourseViews.LessonDetail;
import vn.hocvuso.course.Lesson;
import vn.hocvuso.course.LessonKind;
import vn.hocvuso.course.LessonRepository;

/**
 * An administrator's upload of a lesson's video or captions: the lesson must exist and not be retired; the file is
 * checked by its content ({@link MediaContent}, and for a video by ffmpeg reading its length when ffmpeg is there)
 * on the file-parsing pool, stored under its hash ({@link MediaStorage}), and the lesson then points to it, in one
 * transaction with its audit event. A video makes the lesson a video lesson; captions need one.
 */
@ApplicationScoped
public class LessonMediaService {

    /** What is uploaded. */
    public enum Kind {
        VIDEO,
        CAPTIONS
    }

    private record Prepared(String name, Path file, long size, Integer durationSeconds) {}

    private final LessonRepository lessons;
    private final MediaStorage storage;
    private final FileParsing parsing;
    private final MediaTools tools;
    private final MediaConfig config;
    private final AuditLog audit;

    public LessonMediaService(
            LessonRepository lessons,
            MediaStorage storage,
            FileParsing parsing,
            MediaTools tools,
            MediaConfig config,
            AuditLog audit) {
        this.lessons = lessons;
        this.storage = storage;
        this.parsing = parsing;
        this.tools = tools;
        this.config = config;
        this.audit = audit;
    }

    public Uni<LessonDetail> upload(UUID actorId, UUID lessonId, Kind kind, Path uploaded, long size) {
        long max = (kind == Kind.VIDEO ? config.maxVideoSize() : config.maxCaptionsSize()).asLongValue();
        if (size > max) {
            throw new ApiException(StatusCode.PAYLOAD_TOO_LARGE, "media_too_large", Math.max(1, max / (1024 * 1024)));
        }
        if (size == 0) {
            throw new ApiException(
                    StatusCode.UNSUPPORTED_MEDIA_TYPE,
                    "media_type_refused",
                    kind == Kind.VIDEO ? "MP4, WebM" : "WebVTT (UTF-8)");
        }
        return Panache.withSession(() -> lessons.findById(lessonId).map(lesson -> {
                    usable(lesson, kind);
                    return lesson;
                }))
                .chain(ignored -> parsing.parse(() -> prepare(kind, uploaded, size)))
                .call(prepared -> storage.put(prepared.name(), prepared.file()).eventually(() -> {
                    if (kind == Kind.CAPTIONS) {
                        deleteQuietly(prepared.file());
                    }
                }))
                .chain(prepared ->
                        Panache.withTransaction(() -> lessons.findById(lessonId).chain(lesson -> {
                            usable(lesson, kind);
                            String url = MediaName.url(prepared.name());
                            if (kind == Kind.VIDEO) {
                                lesson.kind = LessonKind.VIDEO;
                                lesson.videoUrl = url;
                                if (prepared.durationSeconds() != null) {
                                    lesson.videoDurationSeconds = prepared.durationSeconds();
                                }
                            } else {
                                lesson.captionsUrl = url;
                            }
                            lesson.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
                            return audit.record(
                                            actorId,
                                            kind == Kind.VIDEO ? "lesson.video.uploaded" : "lesson.captions.uploaded",
                                            "lesson",
                                            lesson.id.toString(),
                                            Map.of(
                                                    "courseId",
                                                    lesson.courseId.toString(),
                                                    "file",
                                                    prepared.name(),
                                                    "bytes",
                                                    prepared.size()))
                                    .map(done -> LessonDetail.of(lesson, lesson.ordinal));
                        })));
    }

    private static void usable(Lesson lesson, Kind kind) {
        if (lesson == null) {
            throw ApiException.notFound("lesson_not_found");
        }
        if (lesson.retired) {
            throw new ApiException(StatusCode.CONFLICT, "lesson_retired");
        }
        if (kind == Kind.CAPTIONS && lesson.kind != LessonKind.VIDEO) {
            throw new ApiException(StatusCode.CONFLICT, "lesson_not_video");
        }
    }

    /** On the parsing pool: what the file is, its hash, and (a video) its length. */
    private Prepared prepare(Kind kind, Path uploaded, long size) {
        try {
            if (kind == Kind.CAPTIONS) {
                byte[] captions = MediaContent.captions(Files.readAllBytes(uploaded));
                Path normalised = Files.createTempFile("hocvuso-captions", ".vtt");
                Files.write(normalised, captions);
                return new Prepared(MediaName.of(Secrets.sha256(captions), "vtt"), normalised, captions.length, null);
            }
            byte[] head = new byte[64];
            int read;
            try (InputStream in = Files.newInputStream(uploaded)) {
                read = in.readNBytes(head, 0, head.length);
            }
            String extension = MediaContent.videoExtension(Arrays.copyOf(head, read));
            Integer duration = null;
            if (tools.ffmpegAvailable()) {
                duration = tools.durationSeconds(uploaded)
                        .orElseThrow(() ->
                                new ApiException(StatusCode.UNSUPPORTED_MEDIA_TYPE, "media_type_refused", "MP4, WebM"));
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(uploaded), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return new Prepared(MediaName.of(digest.digest(), extension), uploaded, size, duration);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file; the system's temporary directory is cleaned anyway
        }
    }
}
