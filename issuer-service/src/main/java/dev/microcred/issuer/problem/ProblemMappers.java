package dev.microcred.issuer.problem;

import dev.microcred.support.problem.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves the service as problem+json: one mapper per exception type. These are the
 * ones every feature shares; each feature maps its own exceptions in its {@code api} package, and
 * service-support maps 401, 403, 429, unreadable bodies and the framework's HTTP errors. Messages
 * are written by this service; none carries the body's personal data, and nothing here is logged.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return Problem.of("conflict", "Conflict", 409, e.getMessage()).response(uri);
    }

    @ServerExceptionMapper
    public Response invalidBody(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of("invalid-request", "Invalid request", 400,
                errors.size() + " field(s) are invalid").withErrors(errors).response(uri);
    }

    /** Validation keeps such values out; should one get past it, the client learns which request, not a 500. */
    @ServerExceptionMapper
    public Response unstorableValue(org.hibernate.exception.DataException e, UriInfo uri) {
        return Problem.of("unstorable-value", "Unstorable value", 400, UnstorableValue.DESCRIPTION).response(uri);
    }

    /** Two requests raced for the same unique value (issuer id, verify base); the loser learns it here. */
    @ServerExceptionMapper
    public Response uniqueValueTaken(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return Problem.of("conflict", "Conflict", 409, "a concurrent request created the same value").response(uri);
    }

    /** Drops the method and parameter prefix ("issue.request.holder" becomes "holder"). */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
