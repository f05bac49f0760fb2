package dev.microcred.issuer.ingress.api;

import dev.microcred.issuer.ingress.InvalidPlatformIdException;
import dev.microcred.issuer.ingress.TooManyItemsException;
import dev.microcred.support.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The ingress feature's refusals as problem+json. */
public class IngressProblems {

    @ServerExceptionMapper
    public Response tooManyItems(TooManyItemsException e, UriInfo uri) {
        return Problem.of("too-many-items", "Too many items", 413, e.getMessage()).response(uri);
    }

    @ServerExceptionMapper
    public Response invalidPlatformId(InvalidPlatformIdException e, UriInfo uri) {
        return Problem.of("invalid-platform-id", "Invalid platform id", 400, e.getMessage()).response(uri);
    }
}
