package dev.microcred.issuer.credential.api;

import dev.microcred.issuer.credential.IdempotencyKeyReusedException;
import dev.microcred.issuer.credential.InvalidTransitionException;
import dev.microcred.issuer.credential.UnknownCredentialException;
import dev.microcred.support.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The credential feature's refusals as problem+json. */
public class CredentialProblems {

    @ServerExceptionMapper
    public Response unknownCredential(UnknownCredentialException e, UriInfo uri) {
        return Problem.of("unknown-credential", "Unknown credential", 404, e.getMessage()).response(uri);
    }

    @ServerExceptionMapper
    public Response invalidTransition(InvalidTransitionException e, UriInfo uri) {
        return Problem.of("invalid-transition", "Invalid state transition", 409, e.getMessage()).response(uri);
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReusedException e, UriInfo uri) {
        return Problem.of("idempotency-key-reused", "Idempotency-Key reused", 422, e.getMessage()).response(uri);
    }
}
