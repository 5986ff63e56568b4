package vn.hocvuso.media;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.PathPart;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Download;

/**
 * The answer to a GET of a stored media file, with HTTP range requests (RFC 9110 §14) so that a phone can start a
 * video in the middle, seek, and resume a download cut off by a weak connection.
 *
 * <p>Why not {@link Download}: that one answers with a {@code byte[]} made in memory; media files are larger and are
 * sent from disk by Vert.x ({@code sendFile}, through Quarkus REST's {@link PathPart}), a part at a time. What they
 * share: {@code Accept} only refuses (406, the rule of {@link Download}), {@code X-Content-Type-Options: nosniff},
 * and an {@code ETag} answered with 304.
 *
 * <p>The name is the file's hash, so the file never changes: {@code Cache-Control: public, max-age=31536000,
 * immutable}, a strong {@code ETag} (the hash), one range ({@code bytes=a-b}, {@code a-}, {@code -n}); several
 * ranges, or an {@code If-Range} that does not match, get the whole file (allowed by RFC 9110 §14.2); a range that
 * starts past the end is 416 with {@code Content-Range: bytes *}{@code /size}.
 */
final class RangedFile {

    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
    private static final Pattern ONE_RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    private RangedFile() {}

    static Response answer(MediaStorage.StoredFile file, HttpHeaders request) {
        String type = MediaName.typeOf(file.name());
        if (!Download.acceptable(request.getHeaderString(HttpHeaders.ACCEPT), MediaType.valueOf(type))) {
            throw new ApiException(StatusCode.NOT_ACCEPTABLE, "not_acceptable");
        }
        String hash = MediaName.hashOf(file.name());
        EntityTag tag = new EntityTag(hash);
        if (Download.unchanged(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), hash)) {
            return common(Response.notModified(tag)).build();
        }
        long size = file.size();
        String range = request.getHeaderString("Range");
        String ifRange = request.getHeaderString("If-Range");
        boolean rangeApplies =
                range != null && (ifRange == null || ifRange.strip().equals("\"" + hash + "\""));
        Matcher m = rangeApplies ? ONE_RANGE.matcher(range.strip()) : null;
        if (m == null || !m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return common(Response.ok(new PathPart(file.path(), 0, size), type))
                    .tag(tag)
                    .header(HttpHeaders.CONTENT_LENGTH, size)
                    .build();
        }
        long first;
        long last;
        if (m.group(1).isEmpty()) { // the last n bytes
            long n = Long.parseLong(m.group(2));
            if (n == 0) {
                return unsatisfiable(size);
            }
            first = Math.max(0, size - n);
            last = size - 1;
        } else {
            first = Long.parseLong(m.group(1));
            last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            if (m.group(2).length() > 0 && Long.parseLong(m.group(2)) < first) {
                // an invalid range is ignored (RFC 9110 §14.2): the whole file
                return common(Response.ok(new PathPart(file.path(), 0, size), type))
                        .tag(tag)
                        .header(HttpHeaders.CONTENT_LENGTH, size)
                        .build();
            }
            if (first >= size) {
                return unsatisfiable(size);
            }
        }
        long length = last - first + 1;
        return common(Response.status(StatusCode.PARTIAL_CONTENT)
                        .entity(new PathPart(file.path(), first, length))
                        .type(type))
                .tag(tag)
                .header(HttpHeaders.CONTENT_LENGTH, length)
                .header("Content-Range", "bytes " + first + "-" + last + "/" + size)
                .build();
    }

    private static Response unsatisfiable(long size) {
        throw new RangeNotSatisfiable(size);
    }

    /** 416: the range starts past the end; its problem carries {@code Content-Range: bytes *}{@code /size}. */
    static final class RangeNotSatisfiable extends ApiException {
        final long size;

        RangeNotSatisfiable(long size) {
            super(416, "range_not_satisfiable", size);
            this.size = size;
        }
    }

    private static Response.ResponseBuilder common(Response.ResponseBuilder builder) {
        return builder.header("Accept-Ranges", "bytes")
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline");
    }
}
