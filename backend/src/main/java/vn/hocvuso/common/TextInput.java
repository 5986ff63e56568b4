package vn.hocvuso.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.text.Normalizer;

/**
 * How text arrives, before anything checks it: every JSON string of a request body is read as Unicode
 * NFC (Vietnamese typed on some phones arrives decomposed, NFD), with Windows line ends made {@code \n},
 * and trimmed, so that a constraint counts, and the database stores, what the person sees. A component marked {@link OneLine} also has its inner
 * whitespace collapsed to single spaces ({@link Texts#clean}); one marked {@link Verbatim} is kept exactly
 * as typed. The marks apply to a string component and to the strings of a list component alike.
 *
 * <p>Reading goes through Jackson's own {@link StringDeserializer} first, so the strict coercions of
 * {@link JsonSettings} (no number or boolean read as text) still hold.
 */
@Singleton
public class TextInput implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("TextInput").addDeserializer(String.class, Text.AS_READ));
    }

    /** What is done to a string: the three ways above. */
    enum Form {
        /**
         * A string that is not a property of a request type: the values of a map or of a document read
         * whole (stored jsonb read back with {@code new JsonObject(text)}, which goes through this mapper
         * too) are data, kept exactly as stored; a roster cell that starts with a tab stays so.
         */
        AS_READ,
        TRIMMED,
        ONE_LINE,
        VERBATIM
    }

    /** Text as one form reads it; chooses the form from the annotations of the property it reads. */
    static final class Text extends StdScalarDeserializer<String> implements ContextualDeserializer {

        static final Text AS_READ = new Text(Form.AS_READ);
        static final Text TRIMMED = new Text(Form.TRIMMED);
        static final Text ONE_LINE = new Text(Form.ONE_LINE);
        static final Text VERBATIM = new Text(Form.VERBATIM);

        private final Form form;

        private Text(Form form) {
            super(String.class);
            this.form = form;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            if (property == null || property.getMember() == null) {
                return this;
            }
            if (property.getAnnotation(Verbatim.class) != null) {
                return VERBATIM;
            }
            return property.getAnnotation(OneLine.class) != null ? ONE_LINE : TRIMMED;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return apply(form, StringDeserializer.instance.deserialize(p, ctxt));
        }
    }

    /** The form applied to one string; {@code null} stays {@code null}. */
    static String apply(Form form, String text) {
        if (text == null || form == Form.VERBATIM || form == Form.AS_READ) {
            return text;
        }
        if (form == Form.ONE_LINE) {
            return Texts.clean(text);
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .strip();
    }
}
