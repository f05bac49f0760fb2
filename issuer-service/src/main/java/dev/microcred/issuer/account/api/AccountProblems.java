package dev.microcred.issuer.account.api;

import dev.microcred.issuer.account.UnknownApiKeyException;
import dev.microcred.issuer.account.UnknownIssuerException;
import dev.microcred.support.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The account feature's refusals as problem+json. */
public class AccountProblems {

    @ServerExceptionMapper
    public Response unknownIssuer(UnknownIssuerException e, UriInfo uri) {
        return Problem.of("unknown-issuer", "Unknown issuer", 404, e.getMessage()).response(uri);
    }

    @ServerExceptionMapper
    public Response unknownApiKey(UnknownApiKeyException e, UriInfo uri) {
        return Problem.of("unknown-api-key", "Unknown API key", 404, e.getMessage()).response(uri);
    }
}
