package vn.hocvuso.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Media;
import vn.hocvuso.testing.Tokens;

/** An administrator uploads a lesson's video and captions; learners' players fetch them in parts. */
@QuarkusTest
class LessonMediaTest {

    private static final String CAPTIONS = """
            WEBVTT

            00:00.000 --> 00:01.500
            Chạm biểu tượng máy quay để gọi video.
            """;

    private static RequestSpecification upload(String token, byte[] file, String fileName, String claimedType) {
        RequestSpecification request =
                api().contentType("multipart/form-data").multiPart("file", fileName, file, claimedType);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static String path(UUID lessonId, String what) {
        return "/api/v1/admin/lessons/" + lessonId + "/" + what;
    }

    @Test
    void anAdministratorUploadsAVideoAndItsCaptionsAndTheLearnerSeesThem() {
        Courses.TestCourse course = Courses.course().create();
        UUID lesson = course.lessonIds().get(1); // the video lesson
        byte[] video = Media.mp4(2);

        Response uploaded =
                upload(Tokens.admin(), video, "bai-giang.mp4", "video/mp4").put(path(lesson, "video"));
        uploaded.then().statusCode(200).body("kind", equalTo("VIDEO")).body("videoDurationSeconds", equalTo(2));
        String videoUrl = uploaded.path("videoUrl");
        assertThat(videoUrl).matches("/api/v1/media/[0-9a-f]{64}\\.mp4");

        // captions written in decomposed Unicode are stored in NFC
        String nfd = Normalizer.normalize(CAPTIONS, Normalizer.Form.NFD);
        String captionsUrl = upload(Tokens.admin(), nfd.getBytes(StandardCharsets.UTF_8), "phu-de.vtt", "text/plain")
                .put(path(lesson, "captions"))
                .then()
                .statusCode(200)
                .extract()
                .path("captionsUrl");
        assertThat(captionsUrl).matches("/api/v1/media/[0-9a-f]{64}\\.vtt");

        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = Journeys.enroll(learner.accessToken(), course.id());
        Journeys.progress(learner.accessToken(), enrollment, course.lessonIds().get(0), 100);
        Journeys.openLesson(learner.accessToken(), course.id(), lesson)
                .statusCode(200)
                .body("videoUrl", equalTo(videoUrl))
                .body("captionsUrl", equalTo(captionsUrl))
                .body("videoDurationSeconds", equalTo(2));

        // a player (no token) gets the whole video, which ffmpeg plays as the two seconds uploaded
        Response whole = api().accept("*/*").get(videoUrl);
        whole.then()
                .statusCode(200)
                .header("Accept-Ranges", "bytes")
                .header("Content-Type", "video/mp4")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("ETag", "\"" + videoUrl.substring(14, 78) + "\"");
        assertThat(whole.asByteArray()).isEqualTo(video);
        assertThat(Media.probe(whole.asByteArray(), "mp4"))
                .contains("Duration: 00:00:02")
                .contains("Video:");

        Response vtt = api().accept("*/*").get(captionsUrl);
        vtt.then().statusCode(200).header("Content-Type", org.hamcrest.Matchers.startsWith("text/vtt"));
        assertThat(vtt.asString()).isEqualTo(CAPTIONS).contains("máy quay");

        assertThat(Database.queryString(
                        "SELECT count(*) FROM audit_event WHERE subject_id = ? AND action IN"
                                + " ('lesson.video.uploaded', 'lesson.captions.uploaded')",
                        lesson.toString()))
                .isEqualTo("2");
    }

    @Test
    void aPlayerAsksForPartsOfTheVideoAndGetsExactlyThoseBytes() {
        Courses.TestCourse course = Courses.course().create();
        byte[] video = Media.mp4(1);
        String url = upload(Tokens.admin(), video, "v.mp4", "video/mp4")
                .put(path(course.lessonIds().get(1), "video"))
                .then()
                .statusCode(200)
                .extract()
                .path("videoUrl");
        int size = video.length;
        String etag = "\"" + url.substring(14, 78) + "\"";

        Response first = api().accept("*/*").header("Range", "bytes=0-99").get(url);
        first.then()
                .statusCode(206)
                .header("Content-Range", "bytes 0-99/" + size)
                .header("Content-Length", "100")
                .header("Accept-Ranges", "bytes")
                .header("ETag", etag);
        assertThat(first.asByteArray()).isEqualTo(Arrays.copyOfRange(video, 0, 100));

        Response rest = api().accept("*/*").header("Range", "bytes=100-").get(url);
        rest.then().statusCode(206).header("Content-Range", "bytes 100-" + (size - 1) + "/" + size);
        assertThat(rest.asByteArray()).isEqualTo(Arrays.copyOfRange(video, 100, size));

        Response tail = api().accept("*/*").header("Range", "bytes=-10").get(url);
        tail.then().statusCode(206).header("Content-Range", "bytes " + (size - 10) + "-" + (size - 1) + "/" + size);
        assertThat(tail.asByteArray()).isEqualTo(Arrays.copyOfRange(video, size - 10, size));

        // past the end: 416 with the size, as problem+json
        api().accept("*/*")
                .header("Range", "bytes=" + size + "-")
                .get(url)
                .then()
                .statusCode(416)
                .header("Content-Range", "bytes */" + size)
                .body("code", equalTo("range_not_satisfiable"));

        // a part of an older version (If-Range not this file) gets the whole file
        api().accept("*/*")
                .header("Range", "bytes=0-9")
                .header("If-Range", "\"0000\"")
                .get(url)
                .then()
                .statusCode(200)
                .header("Content-Length", String.valueOf(size));

        // a cached copy is confirmed without the bytes
        api().accept("*/*").header("If-None-Match", etag).get(url).then().statusCode(304);

        // names that are not stored files, or not names at all
        api().accept("*/*")
                .get("/api/v1/media/" + "0".repeat(64) + ".mp4")
                .then()
                .statusCode(404)
                .body("code", equalTo("media_not_found"));
        api().accept("*/*").get("/api/v1/media/..%2F..%2Fetc%2Fpasswd").then().statusCode(404);
    }

    @Test
    void filesAreJudgedByTheirContentAndSizeNotTheirName() {
        Courses.TestCourse course = Courses.course().create();
        UUID video = course.lessonIds().get(1);
        UUID text = course.lessonIds().get(0);
        String admin = Tokens.admin();

        // a picture named .mp4 and sent as video/mp4
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        upload(admin, png, "video.mp4", "video/mp4")
                .put(path(video, "video"))
                .then()
                .statusCode(415)
                .body("code", equalTo("media_type_refused"));
        // an MP4 header with nothing playable behind it
        byte[] fake = Arrays.copyOf(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}, 4096);
        upload(admin, fake, "video.mp4", "video/mp4")
                .put(path(video, "video"))
                .then()
                .statusCode(415)
                .body("code", equalTo("media_type_refused"));
        // captions that are not WebVTT, or not UTF-8
        upload(admin, "1\n00:00:00,000 --> 00:00:01,000\nSRT\n".getBytes(StandardCharsets.UTF_8), "a.vtt", "text/vtt")
                .put(path(video, "captions"))
                .then()
                .statusCode(415)
                .body("code", equalTo("media_type_refused"));
        upload(
                        admin,
                        "WEBVTT\n\n00:00.000 --> 00:01.000\nKh\u00f4ng".getBytes(StandardCharsets.ISO_8859_1),
                        "a.vtt",
                        "text/vtt")
                .put(path(video, "captions"))
                .then()
                .statusCode(415);
        // larger than the limit (1 MB in the tests), even with a real MP4 start
        byte[] big = Arrays.copyOf(Media.mp4(1), 1024 * 1024 + 1);
        upload(admin, big, "video.mp4", "video/mp4")
                .put(path(video, "video"))
                .then()
                .statusCode(413)
                .body("code", equalTo("media_too_large"));
        // captions for a text lesson, a lesson that does not exist
        upload(admin, CAPTIONS.getBytes(StandardCharsets.UTF_8), "a.vtt", "text/vtt")
                .put(path(text, "captions"))
                .then()
                .statusCode(409)
                .body("code", equalTo("lesson_not_video"));
        upload(admin, Media.mp4(1), "v.mp4", "video/mp4")
                .put(path(UUID.randomUUID(), "video"))
                .then()
                .statusCode(404)
                .body("code", equalTo("lesson_not_found"));
        // nothing changed the lesson
        api(admin)
                .get("/api/v1/admin/lessons/" + video)
                .then()
                .statusCode(200)
                .body("videoUrl", equalTo("/media/video/bai.mp4"));
    }

    @Test
    void onlyAnAdministratorUploads() {
        Courses.TestCourse course = Courses.course().create();
        UUID lesson = course.lessonIds().get(1);
        byte[] video = Media.mp4(1);
        upload(null, video, "v.mp4", "video/mp4")
                .put(path(lesson, "video"))
                .then()
                .statusCode(401);
        upload(Tokens.learner(UUID.randomUUID()), video, "v.mp4", "video/mp4")
                .put(path(lesson, "video"))
                .then()
                .statusCode(403);
        upload(Tokens.unitManager("21211"), CAPTIONS.getBytes(StandardCharsets.UTF_8), "a.vtt", "text/vtt")
                .put(path(lesson, "captions"))
                .then()
                .statusCode(403);
        api(Tokens.admin())
                .get("/api/v1/admin/lessons/" + lesson)
                .then()
                .statusCode(200)
                .body("videoUrl", equalTo("/media/video/bai.mp4"));
    }

    @Test
    void anUploadCutOffBeforeItsEndIsRefusedAsABadRequestNotAnOutage() {
        // Found by the contract fuzzer (seed 2): the multipart parser reports a body that ends before its
        // closing boundary as a plain IOException, which was taken for the database's connection (503).
        UUID lesson = Courses.course().create().lessonIds().get(1);
        String cutOff = "--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.vtt\"\r\n"
                + "Content-Type: text/vtt\r\n\r\n" + CAPTIONS;
        for (String what : new String[] {"captions", "video"}) {
            api(Tokens.admin())
                    .contentType("multipart/form-data; boundary=fuzz")
                    .body(cutOff.getBytes(StandardCharsets.UTF_8))
                    .put(path(lesson, what))
                    .then()
                    .statusCode(400)
                    .body("code", equalTo("bad_request"));
        }
        api(Tokens.admin())
                .get("/api/v1/admin/lessons/" + lesson)
                .then()
                .statusCode(200)
                .body("videoUrl", equalTo("/media/video/bai.mp4"));
    }
}
