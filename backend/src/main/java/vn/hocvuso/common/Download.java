package vn.hocvuso.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Objects;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;

/**
 * A file the API serves (a certificate PDF, a results export, a template, an import's result file): the one way
 * to answer with bytes that are not JSON. A resource method that serves a file returns {@code Uni<Response>} (or
 * {@code Response}) made by {@link #response}, declares the file's types plus {@link #PROBLEM} and
 * {@link MediaType#APPLICATION_JSON} in {@code @Produces}, and nothing else.
 *
 * <p>Why a {@code jakarta.ws.rs.core.Response} and never a {@code RestResponse}: when a method declares more than one
 * {@code @Produces} type, Quarkus REST (3.33) picks the body writer from the class of the method's result before it
 * unwraps a {@code RestResponse}; it then finds the writers registered for {@code Object}: Jackson for JSON (a
 * {@code Buffer} came out as {@code {"bytes":"JVBERi0x…"}}) and {@code toString()} for anything else (a PDF decoded
 * as UTF-8, every invalid byte replaced by U+FFFD). A {@code Response} is unwrapped first, so the writer is chosen
 * for the body itself: {@code byte[]}, written verbatim whatever type was negotiated. A test
 * ({@code ResourceMethodsTest}) refuses the dangerous combination anywhere in the API.
 *
 * <p>What every file answer carries: its own {@code Content-Type} (never the negotiated one),
 * {@code Content-Length}, {@code Content-Disposition} (an ASCII {@code filename} and, for other characters, the RFC
 * 6266 {@code filename*}), {@code X-Content-Type-Options: nosniff}, a {@code Cache-Control} (by default
 * {@code no-store}: exports and result files hold personal data), and, when the file has a version, an
 * {@code ETag} that turns a matching {@code If-None-Match} into {@code 304 Not Modified}.
 *
 * <p>Content negotiation: {@code Accept} is honoured only to refuse. A client whose {@code Accept} admits neither the
 * file's type nor an error it can read ({@code application/problem+json}, or {@code application/json}, whose
 * readers read a problem too) gets {@code 406}; every other client gets the file, whatever it preferred (RFC 9110
 * §12.5.1 lets a server disregard {@code Accept}); a header that does not parse gets 406 too. Browsers, curl and the
 * generated API clients, which send
 * {@code text/html,…,*}{@code /*;q=0.8}, {@code *}{@code /*} or {@code application/json}, all get the file.
 *
 * @param bytes the file; null only in an answer to a request whose {@code If-None-Match} matches {@code etag} (the
 *              caller saw that with {@link #unchanged} and skipped making the file)
 */
public record Download(
        byte[] bytes, String mediaType, boolean inline, String fileName, String etag, String cacheControl) {

    public static final String PROBLEM = Problem.MEDIA_TYPE;
    private static final MediaType PROBLEM_TYPE = MediaType.valueOf(PROBLEM);

    public Download {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(cacheControl, "cacheControl");
        if (bytes == null && etag == null) {
            throw new IllegalArgumentException("a file without bytes needs the version the client already has");
        }
    }

    /** A file to save ({@code Content-Disposition: attachment}), not to be kept by any cache. */
    public static Download attachment(byte[] bytes, String mediaType, String fileName) {
        return new Download(Objects.requireNonNull(bytes, "bytes"), mediaType, false, fileName, null, "no-store");
    }

    /** A file to show in the browser ({@code Content-Disposition: inline}), not to be kept by any cache. */
    public static Download inline(byte[] bytes, String mediaType, String fileName) {
        return new Download(Objects.requireNonNull(bytes, "bytes"), mediaType, true, fileName, null, "no-store");
    }

    /**
     * The same file with a version ({@code ETag}, a strong validator made of {@code [A-Za-z0-9._-]}): clients may
     * keep it but must ask again before each use ({@code no-cache}), and are answered 304 while it is unchanged.
     */
    public Download versioned(String version) {
        return new Download(bytes, mediaType, inline, fileName, quoted(version), "no-cache");
    }

    /**
     * The same file as public: any cache may keep it for {@code maxAge} (then revalidate with its ETag). Only for what
     * the API publishes to everyone (its keys, its status lists), never for personal data.
     */
    public Download publicFor(java.time.Duration maxAge) {
        return new Download(bytes, mediaType, inline, fileName, etag, "public, max-age=" + maxAge.toSeconds());
    }

    /**
     * The answer to a client that already holds this {@code version} of the file (its {@code If-None-Match} matched,
     * see {@link #unchanged}): no bytes needed, {@link #response} answers 304.
     */
    public static Download alreadyHeld(String mediaType, boolean inline, String fileName, String version) {
        return new Download(null, mediaType, inline, fileName, quoted(version), "no-cache");
    }

    /**
     * Whether a request's {@code If-None-Match} names this version: RFC 9110 §13.1.2, weak comparison, {@code *}
     * matching any. Lets a caller skip making a file the client already holds.
     */
    public static boolean unchanged(String ifNoneMatch, String version) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String tag = quoted(version);
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The HTTP answer to {@code request}: 406 (as {@code ApiException}, hence problem+json) if its {@code Accept}
     * admits neither this file nor a problem, 304 if its {@code If-None-Match} holds this version, else the file.
     */
    public Response response(HttpHeaders request) {
        if (!acceptable(request.getHeaderString(HttpHeaders.ACCEPT), MediaType.valueOf(mediaType))) {
            throw new ApiException(StatusCode.NOT_ACCEPTABLE, "not_acceptable");
        }
        if (etag != null && unchanged(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), unquoted(etag))) {
            return Response.notModified(EntityTag.valueOf(etag))
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .build();
        }
        if (bytes == null) {
            throw new IllegalStateException("no bytes for " + fileName + " though the client does not hold " + etag);
        }
        Response.ResponseBuilder answer = Response.ok(bytes, mediaType)
                .header(HttpHeaders.CONTENT_LENGTH, bytes.length)
                .header("Content-Disposition", disposition(inline, fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (etag != null) {
            answer.header(HttpHeaders.ETAG, etag);
        }
        return answer.build();
    }

    /**
     * Whether an {@code Accept} header admits the file or a problem; no header admits anything. Parts that do not
     * parse admit nothing (Quarkus REST has already answered 406 to a header it cannot parse).
     */
    public static boolean acceptable(String accept, MediaType file) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String part : accept.split(",")) {
            MediaType range;
            try {
                range = MediaType.valueOf(part.strip());
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (refused(range.getParameters().get("q"))) {
                continue;
            }
            if (range.isCompatible(file)
                    || range.isCompatible(PROBLEM_TYPE)
                    || range.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return true;
            }
        }
        return false;
    }

    /** {@code q=0} (or 0.0, 0.000) means "not this one" (RFC 9110 §12.4.2). */
    private static boolean refused(String q) {
        return q != null && q.strip().matches("0(\\.0{0,3})?");
    }

    /**
     * {@code inline; filename="chung-nhan-HVS-….pdf"}; a name with other characters than printable ASCII also gets
     * {@code filename*=UTF-8''…} (RFC 6266 §4.3) and, for older clients, an ASCII {@code filename} without them.
     */
    static String disposition(boolean inline, String fileName) {
        String type = inline ? "inline" : "attachment";
        String name = Normalizer.normalize(fileName, Normalizer.Form.NFC);
        if (name.chars().allMatch(c -> c >= 0x20 && c < 0x7F && c != '"' && c != '\\')) {
            return type + "; filename=\"" + name + "\"";
        }
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static String quoted(String version) {
        if (version == null || !version.matches("[A-Za-z0-9._-]{1,128}")) {
            throw new IllegalArgumentException("a version is 1 to 128 of [A-Za-z0-9._-]: " + version);
        }
        return "\"" + version + "\"";
    }

    private static String unquoted(String tag) {
        return tag.substring(1, tag.length() - 1);
    }
}
