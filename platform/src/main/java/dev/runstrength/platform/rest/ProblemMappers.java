package dev.runstrength.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.runstrength.contracts.validation.ContractViolation;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error into RFC 9457 problem+json; bad input is always a 4xx naming the field. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problem.of(e.status(), e.getMessage(), path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response contract(ContractViolation e, UriInfo uri) {
        return Problem.of(Response.Status.BAD_REQUEST, e.getMessage(), path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String detail = e.getMessage() != null ? e.getMessage() : "HTTP " + status;
        return Problem.of(status, detail, path(uri)).toResponse();
    }

    /** No token, or one that failed verification (signature, issuer, expiry, form): 401. */
    @ServerExceptionMapper({AuthenticationFailedException.class, AuthenticationCompletionException.class})
    public Response badToken(RuntimeException e, UriInfo uri) {
        return unauthorized("Authorization: the bearer token is not valid (signature, issuer, expiry or form)",
                "Bearer error=\"invalid_token\"", uri);
    }

    @ServerExceptionMapper
    public Response noToken(UnauthorizedException e, UriInfo uri) {
        String detail = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage()
                : "Authorization: a bearer token is required";
        return unauthorized(detail, "Bearer", uri);
    }

    /** A valid token that may not do this: a wrong role, or another runner's data. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage()
                : "Authorization: this token's groups do not allow " + path(uri);
        return Problem.of(Response.Status.FORBIDDEN, detail, path(uri)).toResponse();
    }

    private static Response unauthorized(String detail, String challenge, UriInfo uri) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail, path(uri)).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        String detail = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(ProblemMappers::describe)
                .collect(Collectors.joining("; "));
        return Problem.of(Response.Status.BAD_REQUEST, detail, path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String expected = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "one of " + Arrays.toString(e.getTargetType().getEnumConstants())
                : "a value of type " + (e.getTargetType() == null ? "?" : e.getTargetType().getSimpleName());
        String detail = field(e) + ": expected " + expected + ", was '" + e.getValue() + "'";
        return Problem.of(Response.Status.BAD_REQUEST, detail, path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return Problem.of(Response.Status.BAD_REQUEST, field(e) + ": " + e.getOriginalMessage(), path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e, UriInfo uri) {
        String reason = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
        return Problem.of(Response.Status.BAD_REQUEST, field(e) + ": " + reason, path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response databind(DatabindException e, UriInfo uri) {
        return Problem.of(Response.Status.BAD_REQUEST, "body: " + e.getOriginalMessage(), path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return Problem.of(Response.Status.BAD_REQUEST, "body: not valid JSON: " + e.getOriginalMessage(), path(uri))
                .toResponse();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected error serving " + path(uri), e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "unexpected error; see the service log", path(uri))
                .toResponse();
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // method-parameter paths look like "list.size": keep the parameter name
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return field + ": " + violation.getMessage() + ", was " + violation.getInvalidValue();
    }

    private static String field(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
