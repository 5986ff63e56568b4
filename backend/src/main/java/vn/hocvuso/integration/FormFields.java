package vn.hocvuso.integration;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.hocvuso.common.Texts;

/**
 * An {@code application/x-www-form-urlencoded} body read strictly, by us rather than by Quarkus REST:
 * its form parser throws on a stray {@code %} (such as {@code %s%n%x}) on the event loop, after the
 * request has begun, and the client then waits for an answer that never comes (found by the contract
 * fuzzer). Here such a body, text that is not UTF-8 and a parameter sent twice (RFC 6749 §3.2) are all
 * "not a form", which the token endpoint answers {@code invalid_request}.
 */
final class FormFields {

    private final Map<String, String> values;

    private FormFields(Map<String, String> values) {
        this.values = values;
    }

    /** The fields of the body, or empty when it is not a well-formed form. */
    static Optional<FormFields> parse(String body) {
        Map<String, String> values = new HashMap<>();
        if (body == null || body.isEmpty()) {
            return Optional.of(new FormFields(values));
        }
        for (String pair : body.split("&", -1)) {
            if (pair.isEmpty()) {
                continue; // "a=1&&b=2" and a trailing "&" are what browsers and curl may send
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name == null || value == null || values.putIfAbsent(name, value) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(new FormFields(values));
    }

    String get(String name) {
        return values.get(name);
    }

    /** Percent-decoding with {@code +} for a space; null for a malformed escape or bytes that are not UTF-8. */
    private static String decode(String encoded) {
        byte[] raw = encoded.getBytes(StandardCharsets.UTF_8); // '%' and '+' are single bytes in UTF-8
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '+') {
                bytes.write(' ');
            } else if (raw[i] == '%') {
                int high = i + 2 < raw.length ? hex(raw[i + 1]) : -1;
                int low = i + 2 < raw.length ? hex(raw[i + 2]) : -1;
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return Texts.utf8OrNull(bytes.toByteArray());
    }

    /** An ASCII hexadecimal digit's value, else -1 ({@link Character#digit} also takes other scripts' digits). */
    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }
}
