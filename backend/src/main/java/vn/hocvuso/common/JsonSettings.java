package vn.hocvuso.common;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What {@code quarkus.jackson.*} cannot say about reading request bodies; each rule was found by the
 * contract fuzzer, and each wrong body maps to a 400 like any other ({@code malformed_json}, or
 * {@code invalid_type} naming the field):
 * <ul>
 * <li>anything after the body's JSON value ({@code {…}}} or {@code {…} {"a":1}}) makes the body malformed.
 * Jackson stops reading at the end of the first value by default, so a registration followed by a stray
 * "}" created the account;</li>
 * <li>a scalar of the wrong JSON type is refused instead of converted: Jackson by default reads
 * {@code 9223372036854775808} as {@code true}, {@code 1.5} or {@code 912345678} as text (a phone number
 * written without quotes loses its leading 0), {@code "12"} as a number, and {@code 100001} as the date
 * 2243-10-17 (days since 1970). What the contract says is a string must come as a JSON string, a number
 * as a number, a boolean as {@code true}/{@code false}, a date as {@code "YYYY-MM-DD"}.</li>
 * </ul>
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        refuse(
                mapper,
                LogicalType.Boolean,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.String);
        refuse(
                mapper,
                LogicalType.Textual,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(
                mapper,
                LogicalType.Integer,
                CoercionInputShape.String,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        // java.time reads numbers as epoch days or seconds unless lenient reading is off for the type
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        mapper.configOverride(OffsetDateTime.class).setFormat(JsonFormat.Value.forLeniency(false));
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
