package vn.hocvuso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Api.raw;
import static vn.hocvuso.testing.Problems.problem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Learners;

/** The API with its verified-token cache: what a client sees is what it saw without it. */
@QuarkusTest
class VerifiedTokensApiTest {

    private static final Pattern HITS =
            Pattern.compile("cache_gets_total\\{cache=\"verified-tokens\",result=\"hit\"} ([0-9.E]+)");

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void aTokenChangedAfterItWasAcceptedIsRefusedAndTheGenuineOneStillAccepted() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        String token = session.accessToken();
        api(token).get("/api/v1/me").then().statusCode(200);
        double hitsBefore = hits();

        String[] parts = token.split("\\.");
        String otherClaims = parts[0] + "." + otherLast(parts[1]) + "." + parts[2];
        String otherSignature = parts[0] + "." + parts[1] + "." + otherLast(parts[2]);
        for (String changed : new String[] {otherClaims, otherSignature}) {
            api(changed)
                    .get("/api/v1/me")
                    .then()
                    .spec(problem(401, "not_authenticated", "Bạn cần đăng nhập để tiếp tục."));
        }

        api(token).get("/api/v1/me").then().statusCode(200);
        api(token).get("/api/v1/me").then().statusCode(200);
        assertThat(hits()).as("the genuine token was found, not verified again").isGreaterThanOrEqualTo(hitsBefore + 2);
    }

    /** The same text but for its second-to-last character (a whole base64url digit, never padding bits). */
    private static String otherLast(String part) {
        int at = part.length() - 2;
        return part.substring(0, at) + (part.charAt(at) == 'A' ? 'B' : 'A') + part.substring(at + 1);
    }

    private double hits() {
        String body =
                raw().get(metrics.toString()).then().statusCode(200).extract().asString();
        Matcher matcher = HITS.matcher(body);
        assertThat(matcher.find()).as("the cache's hits on /q/metrics").isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
