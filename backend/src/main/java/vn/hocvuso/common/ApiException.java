package vn.hocvuso.common;

import java.util.List;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;

/**
 * A failure the client can act on. Carries a stable machine {@code code}; the human message is looked
 * up from {@code messages*.properties} by that code (and the request's language) when the problem is
 * written, so services never build user-facing text.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final transient Object[] args;
    private final List<FieldViolation> violations;
    private final Integer retryAfterSeconds;

    public ApiException(int status, String code, Object... args) {
        this(status, code, List.of(), null, args);
    }

    private ApiException(
            int status, String code, List<FieldViolation> violations, Integer retryAfterSeconds, Object... args) {
        super(code, null, false, false); // no stack trace: this is control flow, not a bug
        this.status = status;
        this.code = code;
        this.args = args;
        this.violations = List.copyOf(violations);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException validation(List<FieldViolation> violations) {
        return new ApiException(StatusCode.BAD_REQUEST, "validation_failed", violations, null);
    }

    /**
     * One wrong field found by a rule that needs the database or the network (a well-formed unit code
     * of no unit): the same 400 {@code validation_failed} as a constraint's.
     */
    public static ApiException invalid(String field, String code, Object... args) {
        return validation(List.of(new FieldViolation(field, code, args)));
    }

    /** A conflict on one field (for example a phone number already taken), reported as that field's violation too. */
    public static ApiException conflict(String code, String field) {
        return new ApiException(StatusCode.CONFLICT, code, List.of(new FieldViolation(field, code)), null);
    }

    /**
     * 422: the request is well-formed but asks for what cannot be done (a report in a format its kind does not
     * come in, a template naming a placeholder its kind does not offer), with the fields concerned if any.
     */
    public static ApiException unprocessable(String code, List<FieldViolation> violations, Object... args) {
        return new ApiException(422, code, violations, null, args);
    }

    public static ApiException notFound(String code, Object... args) {
        return new ApiException(StatusCode.NOT_FOUND, code, List.of(), null, args);
    }

    /** Outside the caller's role or scope: the same answer as a missing role, so scopes leak nothing. */
    public static ApiException forbidden() {
        return new ApiException(StatusCode.FORBIDDEN, "forbidden", List.of(), null);
    }

    public static ApiException tooManyRequests(String code, int retryAfterSeconds) {
        return new ApiException(StatusCode.TOO_MANY_REQUESTS, code, List.of(), retryAfterSeconds, retryAfterSeconds);
    }

    /** 503 with {@code Retry-After}: the server cannot answer now (database away, every password-hash slot busy); the same request later can. */
    /** A 429 whose message takes other arguments than the wait itself (for example the wait in hours and minutes). */
    public static ApiException tooManyRequests(String code, int retryAfterSeconds, Object... args) {
        return new ApiException(StatusCode.TOO_MANY_REQUESTS, code, List.of(), retryAfterSeconds, args);
    }

    public static ApiException unavailable(String code, int retryAfterSeconds) {
        return new ApiException(StatusCode.SERVICE_UNAVAILABLE, code, List.of(), retryAfterSeconds, retryAfterSeconds);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
