package vn.hocvuso.common;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing text in the request's language: Vietnamese by default, English when the client prefers
 * it. Keys live in {@code i18n/messages.properties} (Vietnamese) and {@code i18n/messages_en.properties}.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "i18n.messages";

    private Messages() {}

    /** The first language of {@code Accept-Language} that we speak; Vietnamese otherwise. */
    public static Locale localeOf(HttpHeaders headers) {
        List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
        for (Locale locale : wanted) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("vi".equals(locale.getLanguage())) {
                return VIETNAMESE;
            }
        }
        return VIETNAMESE;
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
