package vn.hocvuso.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese mobile numbers, accepted in every form people write them ("0912 345 678", "0912.345.678",
 * "+84 912 345 678", "84912345678") and stored in one: E.164, "+84912345678". Mobile numbers have nine
 * digits after the country code, starting with 3, 5, 7, 8 or 9 (since the 2018 renumbering).
 */
public final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern NATIONAL = Pattern.compile("0([35789][0-9]{8})");
    private static final Pattern INTERNATIONAL = Pattern.compile("(?:\\+|00)?84([35789][0-9]{8})");

    private PhoneNumbers() {}

    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(raw.strip()).replaceAll("");
        var national = NATIONAL.matcher(digits);
        if (national.matches()) {
            return Optional.of("+84" + national.group(1));
        }
        var international = INTERNATIONAL.matcher(digits);
        if (international.matches()) {
            return Optional.of("+84" + international.group(1));
        }
        return Optional.empty();
    }

    /** The national form people recognise, "0912345678", for matching a password against the phone. */
    public static String national(String e164) {
        return "0" + e164.substring(3);
    }
}
