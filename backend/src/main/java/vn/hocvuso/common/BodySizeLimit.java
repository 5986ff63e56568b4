package vn.hocvuso.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body announced as larger than the server accepts with the API's problem+json, before it
 * is read. (Vert.x enforces the same limit on bodies sent without a length, with a bare 413.)
 */
public class BodySizeLimit {

    private final long maxBytes;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-999).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBytes) {
            Locale locale = Locale.ENGLISH.getLanguage().equals(languageOf(rc)) ? Locale.ENGLISH : Messages.VIETNAMESE;
            JsonObject problem = new JsonObject()
                    .put("type", Problem.TYPE_BASE + "payload_too_large")
                    .put("title", "Payload Too Large")
                    .put("status", 413)
                    .put("code", "payload_too_large")
                    .put("detail", Messages.get(locale, "problem.payload_too_large"))
                    .put("instance", rc.request().path())
                    .put("requestId", rc.request().getHeader(RequestIdFilter.HEADER));
            rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(problem.encode());
            return;
        }
        rc.next();
    }

    private static String languageOf(RoutingContext rc) {
        String header = rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return header == null || header.isBlank() ? "vi" : header.strip().substring(0, Math.min(2, header.strip().length()))
                .toLowerCase(Locale.ROOT);
    }
}
