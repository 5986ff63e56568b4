package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The texts people read in problems and e-mails. A key written twice silently keeps the last text (one
 * feature's message shown for another's error); a key missing in English shows the Vietnamese text to
 * someone who chose English.
 */
class MessagesTest {

    @Test
    void everyKeyIsWrittenOnceAndInBothLanguages() throws IOException {
        List<String> vietnamese = keys("i18n/messages.properties");
        List<String> english = keys("i18n/messages_en.properties");

        assertThat(duplicates(vietnamese))
                .as("keys written twice in messages.properties")
                .isEmpty();
        assertThat(duplicates(english))
                .as("keys written twice in messages_en.properties")
                .isEmpty();
        assertThat(new LinkedHashSet<>(english)).as("English keys").isEqualTo(new LinkedHashSet<>(vietnamese));
    }

    /**
     * A text that takes values ({@code {0}}) is read by MessageFormat, for which a lone apostrophe starts a quote:
     * "The file's content … ({0})" would lose its apostrophe and show "{0}" instead of the value. In such a text
     * an apostrophe is written twice, or quotes a brace ({@code '{'}).
     */
    @Test
    void aTextThatTakesValuesWritesItsApostrophesTwice() throws IOException {
        for (String resource : List.of("i18n/messages.properties", "i18n/messages_en.properties")) {
            Properties texts = new Properties();
            try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            List<String> lone = new ArrayList<>();
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (TAKES_VALUES.matcher(text).find()
                        && text.replace("''", "")
                                .replace("'{'", "")
                                .replace("'}'", "")
                                .contains("'")) {
                    lone.add(key);
                }
            }
            assertThat(lone).as("texts with a lone apostrophe in " + resource).isEmpty();
        }
    }

    private static final Pattern TAKES_VALUES = Pattern.compile("\\{[0-9]");

    private static List<String> keys(String resource) throws IOException {
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<String> keys = new ArrayList<>();
            boolean continued = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String trimmed = line.strip();
                boolean wasContinued = continued;
                continued = trimmed.endsWith("\\");
                if (wasContinued || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                int end = trimmed.indexOf('=');
                keys.add((end < 0 ? trimmed : trimmed.substring(0, end)).strip());
            }
            return keys;
        }
    }

    private static Set<String> duplicates(List<String> keys) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        for (String key : keys) {
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        return twice;
    }
}
