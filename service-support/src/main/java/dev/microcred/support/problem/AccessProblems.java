package dev.microcred.support.problem;

import dev.microcred.support.access.AccessDeniedException;
import dev.microcred.support.access.NotAuthenticatedException;
import dev.microcred.support.access.RateLimitedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 401, 403 and 429 as problem+json, the same in every service. Messages name the token, never its value. */
public class AccessProblems {

    @ServerExceptionMapper
    public Response notAuthenticated(NotAuthenticatedException e, UriInfo uri) {
        return Response.fromResponse(Problem.of("not-authenticated", "Not authenticated", 401, e.getMessage()).response(uri))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response accessDenied(AccessDeniedException e, UriInfo uri) {
        return Problem.of("access-denied", "Access denied", 403, e.getMessage()).response(uri);
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e, UriInfo uri) {
        return Response.fromResponse(Problem.of("rate-limited", "Too many requests", 429, e.getMessage()).response(uri))
                .header("Retry-After", e.retryAfterSeconds()).build();
    }
}
