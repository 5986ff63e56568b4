package vn.hocvuso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Fetches a file the API serves the way every kind of client asks for it, and checks that each one gets the
 * same whole file. Every file operation of the contract goes through here (see {@code ServedFilesTest}), so a
 * new one (media, reports) gets the same test by calling {@link #fetch} and reading the result with
 * {@link FileReaders}.
 */
public final class ServedFiles {

    /** What Chromium and Firefox send when a link is opened. */
    public static final String BROWSER =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif," + "image/webp,image/apng,*/*;q=0.8";

    private ServedFiles() {}

    /** What one client received. */
    public record Download(byte[] body, String contentType, String disposition, String etag, String cacheControl) {}

    /** The file as the first client received it, and as each client's reader read it (one per Accept header). */
    public record Served<T>(Download first, List<T> read) {}

    /**
     * The {@code Accept} headers clients send for a file: curl's and fetch's default, the file's own type, a
     * browser's, and a JSON API client's (the web app's and most integrators' generated clients).
     */
    public static List<String> accepts(String mediaType) {
        return List.of("*/*", mediaType, BROWSER, "application/json");
    }

    /**
     * GETs the file once with each of {@link #accepts}; {@code get} sends the request with the Accept header it is
     * given. Every answer must be 200 with the file's type, a {@code Content-Length} equal to the bytes received,
     * {@code X-Content-Type-Options: nosniff} and the same {@code Content-Disposition}; and every body must be read
     * whole by {@code reader} (one of {@link FileReaders}), whose results the caller then checks one by one.
     */
    public static <T> Served<T> fetch(Function<String, Response> get, String mediaType, Function<byte[], T> reader) {
        Download first = null;
        List<T> read = new ArrayList<>();
        for (String accept : accepts(mediaType)) {
            Response response = get.apply(accept);
            byte[] body = response.then().statusCode(200).extract().asByteArray();
            String contentType = response.contentType();
            assertThat(contentType).as("Content-Type for Accept: %s", accept).startsWith(mediaType);
            assertThat(response.header("Content-Length"))
                    .as("Content-Length for Accept: %s", accept)
                    .isEqualTo(String.valueOf(body.length));
            assertThat(response.header("X-Content-Type-Options"))
                    .as("nosniff for Accept: %s", accept)
                    .isEqualTo("nosniff");
            Download download = new Download(
                    body,
                    contentType,
                    response.header("Content-Disposition"),
                    response.header("ETag"),
                    response.header("Cache-Control"));
            if (first == null) {
                first = download;
            }
            assertThat(download.disposition())
                    .as("Content-Disposition for Accept: %s", accept)
                    .isEqualTo(first.disposition());
            try {
                read.add(reader.apply(body));
            } catch (RuntimeException e) {
                throw new AssertionError("the file received with Accept: " + accept + " cannot be read", e);
            }
        }
        return new Served<>(first, read);
    }
}
