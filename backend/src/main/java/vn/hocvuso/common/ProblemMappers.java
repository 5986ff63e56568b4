package vn.hocvuso.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The single place where failures become {@code application/problem+json}. Every mapper answers with a
 * stable code and a localised message; nothing of the server's internals (stack traces, SQL, class
 * names) ever reaches the client. Failures that are not bugs (the database away, a unique index deciding
 * a race) get their answer from {@link Failures}; the rest are logged with the request id the client
 * sees and answered 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final int unavailableRetryAfterSeconds;

    public ProblemMappers(DatabaseConfig database) {
        this.unavailableRetryAfterSeconds =
                (int) Math.max(1, database.retryAfter().toSeconds());
    }

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        List<Problem.Violation> violations = e.violations().stream()
                .map(v -> new Problem.Violation(v.field(), v.code(), violationMessage(locale, v.code(), v.args())))
                .toList();
        Response.ResponseBuilder response =
                problem(e.status(), e.code(), locale, headers, uri, e.retryAfterSeconds(), violations, e.args());
        if (e.retryAfterSeconds() != null) {
            response.header("Retry-After", e.retryAfterSeconds());
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response beanValidation(ResteasyReactiveViolationException e, HttpHeaders headers, UriInfo uri) {
        return constraintViolations(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        boolean onReturnValue = e.getConstraintViolations().stream().anyMatch(v -> isReturnValue(v.getPropertyPath()));
        if (onReturnValue) {
            return unexpected(e, headers, uri);
        }
        Locale locale = Messages.localeOf(headers);
        boolean noBody = e.getConstraintViolations().stream()
                .anyMatch(v -> v.getConstraintDescriptor().getAnnotation() instanceof RequiredBody);
        if (noBody) { // nothing to name a field of: the same answer as a body that is not JSON
            return problem(StatusCode.BAD_REQUEST, "malformed_json", locale, headers, uri, null, List.of())
                    .build();
        }
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> cv : e.getConstraintViolations()) {
            FieldViolation v = FieldViolation.of(cv);
            violations.add(new Problem.Violation(v.field(), v.code(), violationMessage(locale, v.code(), v.args())));
        }
        return problem(StatusCode.BAD_REQUEST, "validation_failed", locale, headers, uri, null, violations)
                .build();
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        String field = jsonPath(e);
        return problem(
                        StatusCode.BAD_REQUEST,
                        "unknown_field",
                        locale,
                        headers,
                        uri,
                        null,
                        List.of(new Problem.Violation(
                                field, "unknown_field", violationMessage(locale, "unknown_field"))),
                        field)
                .build();
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        if (e.getPath().isEmpty()) { // the body itself has the wrong shape (an array, a string, nothing)
            return plain(StatusCode.BAD_REQUEST, "malformed_json", headers, uri).build();
        }
        String field = jsonPath(e);
        String code = e instanceof InvalidFormatException
                        && e.getTargetType() != null
                        && e.getTargetType().isEnum()
                ? "invalid_choice"
                : "invalid_type";
        return problem(
                        StatusCode.BAD_REQUEST,
                        "invalid_type",
                        locale,
                        headers,
                        uri,
                        null,
                        List.of(new Problem.Violation(field, code, violationMessage(locale, code))),
                        field)
                .build();
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof MismatchedInputException mismatched) {
            return wrongType(mismatched, headers, uri);
        }
        return plain(StatusCode.BAD_REQUEST, "malformed_json", headers, uri).build();
    }

    /** A path, query or header parameter that is not of its type: 400 naming it, never a 404 or 500. */
    @ServerExceptionMapper
    public Response invalidParameter(ParameterConverters.InvalidParameter e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        String code = e.choice() ? "invalid_choice" : "invalid_type";
        return problem(
                        StatusCode.BAD_REQUEST,
                        "validation_failed",
                        locale,
                        headers,
                        uri,
                        null,
                        List.of(new Problem.Violation(e.name(), code, violationMessage(locale, code))))
                .build();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return notAuthenticated(headers, uri, "Bearer");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return notAuthenticated(headers, uri, "Bearer error=\"invalid_token\"");
    }

    /** 401 {@code not_authenticated}, whether no token came or a bad one; only the challenge says which. */
    private static Response notAuthenticated(HttpHeaders headers, UriInfo uri, String challenge) {
        return plain(StatusCode.UNAUTHORIZED, "not_authenticated", headers, uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return plain(StatusCode.FORBIDDEN, "forbidden", headers, uri).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= StatusCode.INTERNAL_SERVER_ERROR) {
            return unexpected(e, headers, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json, headers, uri);
        }
        String code = switch (e) {
            case NotFoundException ignored -> "not_found";
            case NotAllowedException ignored -> "method_not_allowed";
            case NotSupportedException ignored -> "unsupported_media_type";
            case NotAcceptableException ignored -> "not_acceptable";
            default -> status == StatusCode.PAYLOAD_TOO_LARGE ? "payload_too_large" : "bad_request";
        };
        return plain(status, code, headers, uri).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (Failures.isUnreadableBody(e)) {
            return plain(StatusCode.BAD_REQUEST, "bad_request", headers, uri).build();
        }
        ApiException known = Failures.translate(e, unavailableRetryAfterSeconds);
        if (known != null) {
            if (known.status() == StatusCode.SERVICE_UNAVAILABLE) {
                LOG.warnf(
                        "%s on %s (request %s): %s",
                        known.code(), uri == null ? "?" : uri.getPath(), RequestIdFilter.of(headers), e);
            }
            return api(known, headers, uri);
        }
        LOG.errorf(
                e,
                "Unexpected failure on %s (request %s)",
                uri == null ? "?" : uri.getPath(),
                RequestIdFilter.of(headers));
        return plain(StatusCode.INTERNAL_SERVER_ERROR, "internal_error", headers, uri)
                .build();
    }

    /** A problem about no field, without Retry-After: in the request's language, with no violations. */
    private static Response.ResponseBuilder plain(int status, String code, HttpHeaders headers, UriInfo uri) {
        return problem(status, code, Messages.localeOf(headers), headers, uri, null, List.of());
    }

    static Response.ResponseBuilder problem(
            int status,
            String code,
            Locale locale,
            HttpHeaders headers,
            UriInfo uri,
            Integer retryAfterSeconds,
            List<Problem.Violation> violations,
            Object... args) {
        String detail = Messages.get(locale, "problem." + code, args);
        if (detail == null) {
            detail = Messages.get(locale, "problem.generic." + (status / 100) + "xx");
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null
                ? known.getReasonPhrase()
                : status == StatusCode.TOO_MANY_REQUESTS ? "Too Many Requests" : "Error";
        Problem body = new Problem(
                Problem.TYPE_BASE + code,
                title,
                status,
                code,
                detail,
                uri == null ? null : uri.getPath(),
                RequestIdFilter.of(headers),
                retryAfterSeconds,
                violations.isEmpty() ? null : violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    static String violationMessage(Locale locale, String code, Object... args) {
        String message = Messages.get(locale, "violation." + code, args);
        return message != null ? message : Messages.get(locale, "violation.invalid");
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
