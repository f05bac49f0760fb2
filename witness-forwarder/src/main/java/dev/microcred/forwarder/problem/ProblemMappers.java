package dev.microcred.forwarder.problem;

import dev.microcred.forwarder.pull.InvalidFeedQueryException;
import dev.microcred.forwarder.witness.DuplicateWitnessException;
import dev.microcred.forwarder.witness.InvalidRegistrationException;
import dev.microcred.forwarder.witness.UnknownWitnessException;
import dev.microcred.support.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves the service as problem+json: one mapper per exception type of this service
 * (service-support maps 401, 403, 429, unreadable bodies and the framework's HTTP errors).
 * Nothing here is logged.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalidRegistration(InvalidRegistrationException e, UriInfo uri) {
        return Problem.of("invalid-registration", "Invalid witness registration", 422, e.getMessage())
                .withErrors(e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList())
                .response(uri);
    }

    @ServerExceptionMapper
    public Response duplicateWitness(DuplicateWitnessException e, UriInfo uri) {
        return Problem.of("duplicate-witness", "Witness already registered", 409, e.getMessage()).response(uri);
    }

    @ServerExceptionMapper
    public Response unknownWitness(UnknownWitnessException e, UriInfo uri) {
        return Problem.of("unknown-witness", "Unknown witness", 404, e.getMessage()).response(uri);
    }

    @ServerExceptionMapper
    public Response invalidFeedQuery(InvalidFeedQueryException e, UriInfo uri) {
        return Problem.of("invalid-feed-query", "Invalid feed query", 400, e.getMessage()).response(uri);
    }
}
