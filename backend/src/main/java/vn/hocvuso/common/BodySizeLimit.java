package vn.hocvuso.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;

/**
 * Refuses a body announced as larger than the server accepts with the API's problem+json, before it
 * is read. JSON bodies may be at most {@code hocvuso.http.max-json-body-size}; uploaded files (under
 * {@code /api/v1/imports/}, and a lesson's video and captions) at most
 * {@code hocvuso.integrations.imports.max-file-size}. Bodies sent without a length get the same limit
 * for the same path, counted as they are read ({@link ChunkedBodyLimit}).
 */
@Singleton
public class BodySizeLimit {

    static final String UPLOADS = "/api/v1/imports/";
    /** Media uploads (a lesson's video and captions): their own limits are checked by {@code LessonMediaService}. */
    static final Pattern MEDIA_UPLOADS = Pattern.compile("/api/v1/admin/lessons/[^/]+/(video|captions)");

    private final long maxBytes;
    private final long maxUploadBytes;

    public BodySizeLimit(
            HttpConfig http,
            @ConfigProperty(name = "hocvuso.integrations.imports.max-file-size", defaultValue = "20M")
                    MemorySize upload) {
        this.maxBytes = http.maxJsonBodySize().asLongValue();
        this.maxUploadBytes = upload.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-999).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null
                && length.chars().allMatch(Character::isDigit)
                && length.length() < 19
                && Long.parseLong(length) > limitFor(rc.request().path())) {
            Locale locale = Locale.ENGLISH.getLanguage().equals(languageOf(rc)) ? Locale.ENGLISH : Messages.VIETNAMESE;
            JsonObject problem = new JsonObject()
                    .put("type", Problem.TYPE_BASE + "payload_too_large")
                    .put("title", "Payload Too Large")
                    .put("status", StatusCode.PAYLOAD_TOO_LARGE)
                    .put("code", "payload_too_large")
                    .put("detail", Messages.get(locale, "problem.payload_too_large"))
                    .put("instance", rc.request().path())
                    .put("requestId", rc.request().getHeader(RequestIdFilter.HEADER));
            rc.response()
                    .setStatusCode(StatusCode.PAYLOAD_TOO_LARGE)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(problem.encode());
            return;
        }
        rc.next();
    }

    /** The largest body a request to this path may send: one rule for announced and chunked bodies. */
    public long limitFor(String path) {
        return path.startsWith(UPLOADS) || MEDIA_UPLOADS.matcher(path).matches() ? maxUploadBytes : maxBytes;
    }

    private static String languageOf(RoutingContext rc) {
        String header = rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return header == null || header.isBlank()
                ? "vi"
                : header.strip()
                        .substring(0, Math.min(2, header.strip().length()))
                        .toLowerCase(Locale.ROOT);
    }
}
