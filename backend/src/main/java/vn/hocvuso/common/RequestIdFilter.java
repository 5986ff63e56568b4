package vn.hocvuso.common;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is sane (so a trace can span a
 * load balancer and several services), else a new one. The id is echoed in the response, written in
 * the access log and every log line of the request, and quoted in every problem body.
 */
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    void install(@Observes Router router) {
        // Ahead of every other route, so that even early failures carry the id.
        router.route().order(-1000).handler(RequestIdFilter::assignRequestId);
    }

    static void assignRequestId(RoutingContext rc) {
        String id = rc.request().getHeader(HEADER);
        if (id == null || !SANE.matcher(id).matches()) {
            id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            rc.request().headers().set(HEADER, id);
        }
        rc.response().putHeader(HEADER, id);
        MDC.put("requestId", id);
        rc.next();
    }

    static String of(HttpHeaders headers) {
        return headers == null ? null : headers.getHeaderString(HEADER);
    }
}
