package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.SeedCourse;
import vn.hocvuso.testing.ServiceAccounts;
import vn.hocvuso.testing.Tokens;

/**
 * Findings 5, 6 and 8 of issue 10: answers a client can rely on whatever it sends. An integrator's
 * token on a public page is not a 500; a parameter that cannot be read is a 400 naming it (never a 404
 * that looks like a missing resource); a body without a length is limited like one with it.
 */
@QuarkusTest
class CorrectAnswersTest {

    @TestHTTPResource("/api/v1/auth/login")
    URI login;

    @Test
    void anIntegratorsTokenOnTheCourseOutlineSeesThePublicOutline() {
        String integrator = ServiceAccounts.tokenWith("stats:read");
        api(integrator)
                .get("/api/v1/courses/" + SeedCourse.ID)
                .then()
                .statusCode(200)
                .body("course.title", equalTo("Kỹ năng số cơ bản"))
                .body("enrollmentId", nullValue())
                .body("modules.lessons.flatten().state", everyItem(nullValue()));
    }

    @Test
    void aQueryIntegerThatIsNotOneIs400NamingIt() {
        api().get("/api/v1/units?size=%7B%7D")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("code", equalTo("validation_failed"))
                .body("violations[0].field", equalTo("size"))
                .body("violations[0].code", equalTo("invalid_type"))
                .body("violations[0].message", equalTo("Kiểu giá trị không đúng."));
        api().get("/api/v1/agencies?page=[1,2]").then().statusCode(400).body("violations[0].field", equalTo("page"));
        api(Tokens.admin())
                .get("/api/v1/stats/summary?days=ba-mươi")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("days"));
    }

    @Test
    void aPathIdThatIsNotAUuidIs400NamingIt() {
        api().get("/api/v1/courses/not-a-uuid")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("code", equalTo("validation_failed"))
                .body("violations[0].field", equalTo("courseId"))
                .body("violations[0].code", equalTo("invalid_type"));
        api(Tokens.admin())
                .get("/api/v1/webhooks/deliveries?subscriptionId=42")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("subscriptionId"));
    }

    @Test
    void anUnknownChoiceIs400NamingIt() {
        api(Tokens.admin())
                .get("/api/v1/admin/users?role=KING")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("role"))
                .body("violations[0].code", equalTo("invalid_choice"));
    }

    /** Found by the contract fuzzer (seed 1): a NUL character reached PostgreSQL through the claim's login and gave a 500. */
    @Test
    void aNulCharacterInALoginIs400() {
        api().body(Map.of("login", "Nguyễn\u0000Thị Hoa", "code", "zutxcệq", "password", "bểopơbểopơ"))
                .post("/api/v1/auth/claim")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("code", equalTo("invalid_characters"));
    }

    /** Found by the contract fuzzer (seed 20261129): the same in a search's query string. */
    @Test
    void aNulCharacterInASearchIs400() {
        api().urlEncodingEnabled(false)
                .get("/api/v1/units?q=a%00b")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("code", equalTo("invalid_characters"));
        api(Tokens.admin())
                .urlEncodingEnabled(false)
                .get("/api/v1/admin/users?q=a%00b")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_characters"));
    }

    @Test
    void aChunkedBodyLargerThanTheLimitIs413BeforeItIsRead() throws Exception {
        long fiveMegabytes = 5L * 1024 * 1024;
        AtomicLong sent = new AtomicLong();
        HttpRequest request = HttpRequest.newBuilder(login)
                .version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/json")
                // no length: java.net.http sends a body of unknown length with Transfer-Encoding: chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new JsonFiller(fiveMegabytes, sent)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(response.body()).contains("\"code\":\"payload_too_large\"");
    }

    /** {"phone":"aaaa…"}: a JSON login body of the given size, produced as it is read. */
    private static final class JsonFiller extends InputStream {
        private final byte[] head = "{\"phone\":\"".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private final AtomicLong position;

        JsonFiller(long size, AtomicLong position) {
            this.size = size;
            this.position = position;
        }

        @Override
        public int read() {
            long at = position.getAndIncrement();
            if (at >= size) {
                return -1;
            }
            if (at < head.length) {
                return head[(int) at];
            }
            return at == size - 1 ? '}' : at == size - 2 ? '"' : 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            long at = position.get();
            if (at >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - at);
            if (at >= head.length && at + n < size - 2) {
                Arrays.fill(buffer, offset, offset + n, (byte) 'a');
                position.addAndGet(n);
                return n;
            }
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }
    }
}
