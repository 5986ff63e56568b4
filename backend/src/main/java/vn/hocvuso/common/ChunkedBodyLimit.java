package vn.hocvuso.common;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;

/**
 * The size limits of {@link BodySizeLimit} for bodies sent without a {@code Content-Length} (chunked):
 * the body is counted as it is read, and reading stops with 413 {@code payload_too_large} at the first
 * byte past the limit of the request's path ({@link BodySizeLimit#limitFor}), so a 5 MB chunked login is
 * refused after 256 kB instead of being parsed. (A body announced as too large never gets here:
 * {@link BodySizeLimit} refuses it before reading.)
 */
@Provider
@ApplicationScoped // created on first use, when the run-time settings are there
public class ChunkedBodyLimit implements ReaderInterceptor {

    private final BodySizeLimit limits;
    private final CurrentVertxRequest request;

    public ChunkedBodyLimit(BodySizeLimit limits, CurrentVertxRequest request) {
        this.limits = limits;
        this.request = request;
    }

    /** The body was longer than its limit: answered 413 problem+json, and the connection closed. */
    public static final class TooLarge extends WebApplicationException {
        TooLarge() {
            super((String) null, StatusCode.PAYLOAD_TOO_LARGE);
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long limit = limits.limitFor(request.getCurrent().request().path());
        context.setInputStream(new Counted(context.getInputStream(), limit));
        return context.proceed();
    }

    private static final class Counted extends FilterInputStream {
        private final long limit;
        private long read;

        Counted(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, limit - read + 1));
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw new TooLarge();
            }
        }
    }
}
