package vn.hocvuso.common;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text as the API stores and searches it: Unicode NFC, trimmed, inner whitespace collapsed. */
public final class Texts {

    private Texts() {}

    /** NFC with single spaces; {@code null} stays {@code null}. Vietnamese typed on some phones arrives decomposed (NFD). */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** Like {@link #clean} but blank becomes {@code null}, for optional fields. */
    public static String cleanOrNull(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * Lower case without diacritics, as the database's {@code vn_fold} stores search keys, so that text
     * folded here matches them ("Tịnh Khê" and "tinh khe" both give "tinh khe").
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed =
                Normalizer.normalize(clean(text), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** The text {@code bytes} encode in UTF-8, or {@code null} when they are not UTF-8 (no byte is replaced). */
    public static String utf8OrNull(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Escapes LIKE's wildcards, so that a search for "50%" looks for those characters. */
    public static String escapeLike(String text) {
        return text == null
                ? null
                : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * {@code text} with each placeholder {@code pattern} finds (its group 1 the name) replaced by its value; one
     * without a value is left as written. The notification templates' {@code {name}} and the reports'
     * {@code {{name}}} are filled with it.
     */
    public static String fill(Pattern pattern, String text, Map<String, String> values) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
