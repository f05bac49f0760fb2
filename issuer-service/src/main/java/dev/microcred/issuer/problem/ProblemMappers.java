package dev.microcred.issuer.problem;

import dev.microcred.support.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.microcred.support.RateLimitedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves the service as problem+json: one mapper per exception type. Messages are
 * written by this service; none carries the body's personal data, and nothing here is logged.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response unknownIssuer(UnknownIssuerException e, UriInfo uri) {
        return respond(Problem.of("unknown-issuer", "Unknown issuer", 404, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response unknownCredential(UnknownCredentialException e, UriInfo uri) {
        return respond(Problem.of("unknown-credential", "Unknown credential", 404, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response unknownApiKey(UnknownApiKeyException e, UriInfo uri) {
        return respond(Problem.of("unknown-api-key", "Unknown API key", 404, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response invalidTransition(InvalidTransitionException e, UriInfo uri) {
        return respond(Problem.of("invalid-transition", "Invalid state transition", 409, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return respond(Problem.of("conflict", "Conflict", 409, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReusedException e, UriInfo uri) {
        return respond(Problem.of("idempotency-key-reused", "Idempotency-Key reused", 422, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response tooManyItems(TooManyItemsException e, UriInfo uri) {
        return respond(Problem.of("too-many-items", "Too many items", 413, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response notAuthenticated(NotAuthenticatedException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of("not-authenticated", "Not authenticated", 401, e.getMessage()), uri))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of("rate-limited", "Too many requests", 429, e.getMessage()), uri))
                .header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response accessDenied(AccessDeniedException e, UriInfo uri) {
        return respond(Problem.of("access-denied", "Access denied", 403, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response invalidBody(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(Problem.of("invalid-request", "Invalid request", 400,
                errors.size() + " field(s) are invalid").withErrors(errors), uri);
    }

    @ServerExceptionMapper
    public Response malformedBody(JsonProcessingException e, UriInfo uri) {
        Problem problem = Problem.of("malformed-body", "Malformed request body", 400, MalformedBody.detail(e));
        return respond(MalformedBody.field(e).map(field -> problem.withErrors(
                List.of(new Problem.FieldError(field, "has a wrong type or value")))).orElse(problem), uri);
    }

    /** Wrong JSON types and unknown document types: Quarkus maps these itself unless we do. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformedBody(e, uri);
    }

    /** Validation keeps such values out; should one get past it, the client learns which request, not a 500. */
    @ServerExceptionMapper
    public Response unstorableValue(org.hibernate.exception.DataException e, UriInfo uri) {
        return respond(Problem.of("unstorable-value", "Unstorable value", 400, UnstorableValue.DESCRIPTION), uri);
    }

    /** Two requests raced for the same unique value (issuer id, verify base); the loser learns it here. */
    @ServerExceptionMapper
    public Response uniqueValueTaken(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return respond(Problem.of("conflict", "Conflict", 409, "a concurrent request created the same value"), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "HTTP " + status
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(Problem.of("http-" + status, title, status, e.getMessage()), uri);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.at(uri.getPath())).build();
    }

    /** Drops the method and parameter prefix ("issue.request.holder" becomes "holder"). */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

}
