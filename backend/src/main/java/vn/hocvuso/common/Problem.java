package vn.hocvuso.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The one error body of the API: RFC 9457 problem details with a stable {@code code}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String code,
        String detail,
        String instance,
        String requestId,
        Integer retryAfterSeconds,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://hocvuso.quangngai.gov.vn/problems/";

    public record Violation(String field, String code, String message) {}
}
