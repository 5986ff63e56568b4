package vn.hocvuso.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * What {@code quarkus.jackson.*} cannot say about reading request bodies: anything after the body's
 * JSON value ({@code {…}}} or {@code {…} {"a":1}}) makes the body malformed. Jackson stops reading at the
 * end of the first value by default, so a registration followed by a stray "}" created the account
 * (found by the contract fuzzer); the error maps to {@code 400 malformed_json} like any other.
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
