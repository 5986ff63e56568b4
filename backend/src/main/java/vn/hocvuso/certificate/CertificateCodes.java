package vn.hocvuso.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Certificate codes: "HVS-" and 12 characters of Crockford base32 (60 random bits), in groups of four,
 * e.g. HVS-7K3M-9QXD-4TPR. Unguessable, easy to read aloud and to type: no I, L, O or U.
 */
public final class CertificateCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern CANONICAL =
            Pattern.compile("HVS-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {}

    public static String newCode() {
        StringBuilder code = new StringBuilder("HVS");
        for (int i = 0; i < 12; i++) {
            if (i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** A code as a person typed it (any case, spaces, missing dashes, O for 0) in canonical form. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.ROOT)
                .replaceAll("[\\s-]", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        if (compact.startsWith("HVS")) {
            compact = compact.substring(3);
        }
        if (compact.length() != 12) {
            return Optional.empty();
        }
        String canonical =
                "HVS-" + compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8);
        return CANONICAL.matcher(canonical).matches() ? Optional.of(canonical) : Optional.empty();
    }
}
