package vn.hocvuso.national;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Secrets;

/**
 * Where a reader of the results feed stands: after the change written by transaction {@code xid} to the certificate
 * {@code code} (the feed's order, {@code V130}). Opaque to integrators (base64url), and carrying a checksum so that a
 * cursor edited by hand or cut short is refused (400 {@code invalid_cursor}) instead of silently reading from some other
 * place: a reader who lost their place starts again without {@code since} (the full export), which is harmless.
 * Integrity only, not a secret: any position a caller could forge is one they may read anyway.
 */
record ResultsCursor(long xid, String code) {

    /** Before the first change. */
    static final ResultsCursor START = new ResultsCursor(0, "");

    private static final String VERSION = "1";
    private static final Pattern SHAPE = Pattern.compile("1\\|([0-9]{1,19})\\|([A-Z0-9-]{0,40})\\|([0-9a-f]{12})");

    String encode() {
        String body = VERSION + "|" + xid + "|" + code;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((body + "|" + check(body)).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a reader sent; null (no {@code since}) is the start. */
    static ResultsCursor decode(String since) {
        if (since == null || since.isEmpty()) {
            return START;
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(since), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw invalid();
        }
        String body = VERSION + "|" + m.group(1) + "|" + m.group(2);
        if (!check(body).equals(m.group(3))) {
            throw invalid();
        }
        try {
            return new ResultsCursor(Long.parseLong(m.group(1)), m.group(2));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static String check(String body) {
        return HexFormat.of()
                .formatHex(Secrets.sha256("hocvuso-results-cursor|" + body))
                .substring(0, 12);
    }

    private static ApiException invalid() {
        return new ApiException(StatusCode.BAD_REQUEST, "invalid_cursor");
    }
}
