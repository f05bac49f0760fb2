package dev.microcred.forwarder.problem;

import dev.microcred.support.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.microcred.forwarder.pull.InvalidFeedQueryException;
import dev.microcred.forwarder.witness.DuplicateWitnessException;
import dev.microcred.forwarder.witness.InvalidRegistrationException;
import dev.microcred.forwarder.witness.UnknownWitnessException;
import dev.microcred.support.RateLimitedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves the service as problem+json: one mapper per exception type. Nothing here is logged. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalidRegistration(InvalidRegistrationException e, UriInfo uri) {
        return respond(Problem.of("invalid-registration", "Invalid witness registration", 422, e.getMessage())
                .withErrors(e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList()), uri);
    }

    @ServerExceptionMapper
    public Response duplicateWitness(DuplicateWitnessException e, UriInfo uri) {
        return respond(Problem.of("duplicate-witness", "Witness already registered", 409, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response unknownWitness(UnknownWitnessException e, UriInfo uri) {
        return respond(Problem.of("unknown-witness", "Unknown witness", 404, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response invalidFeedQuery(InvalidFeedQueryException e, UriInfo uri) {
        return respond(Problem.of("invalid-feed-query", "Invalid feed query", 400, e.getMessage()), uri);
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
    public Response malformedBody(JsonProcessingException e, UriInfo uri) {
        // Not Jackson's message: it quotes what was sent, which may be a push secret.
        return respond(Problem.of("malformed-body", "Malformed request body", 400,
                e instanceof JsonMappingException ? "a field has a wrong type or value" : "the body is not valid JSON"), uri);
    }

    /** Wrong JSON types: Quarkus maps these itself unless we do. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformedBody(e, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        return respond(Problem.of("http-" + status, type == null ? "HTTP " + status : type.getReasonPhrase(), status,
                e.getMessage()), uri);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.at(uri.getPath())).build();
    }
}
