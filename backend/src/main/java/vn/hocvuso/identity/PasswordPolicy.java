package vn.hocvuso.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.FieldViolation;

/**
 * What a password must be (NIST SP 800-63B): long enough, not absurdly long, not a common password and
 * not built from the account's own phone number, e-mail or name. No composition rules: they make
 * passwords harder to remember for our users, not harder to guess.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** What is wrong with the password, as a violation of {@code field}; empty if the policy accepts it. */
    public static Optional<FieldViolation> problem(
            String password, String field, String phoneE164, String email, String fullName) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new FieldViolation(field, "required"));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of(new FieldViolation(field, "password_length", MIN_LENGTH, MAX_LENGTH));
        }
        String folded = fold(password);
        if (COMMON.contains(folded) || password.codePoints().distinct().count() < 4) {
            return Optional.of(new FieldViolation(field, "password_common"));
        }
        if (phoneE164 != null && folded.contains(phoneE164.substring(3))) {
            return Optional.of(new FieldViolation(field, "password_contains_phone"));
        }
        String emailName = email == null ? null : fold(email.substring(0, Math.max(0, email.indexOf('@'))));
        String name = fullName == null ? null : fold(fullName).replace(" ", "");
        if ((emailName != null && emailName.length() >= 4 && folded.contains(emailName))
                || (name != null && name.length() >= 4 && folded.equals(name))) {
            return Optional.of(new FieldViolation(field, "password_personal"));
        }
        return Optional.empty();
    }

    /** A 400 naming {@code field} if the password breaks the policy (the account's data is known only now). */
    public static void require(String password, String field, String phoneE164, String email, String fullName) {
        problem(password, field, phoneE164, email, fullName).ifPresent(v -> {
            throw ApiException.validation(List.of(v));
        });
    }

    /** Lower case without diacritics, so that "MậtKhẩu" counts as "matkhau". */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordPolicy::fold)
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
