package dev.microcred.forwarder.access;

import dev.microcred.support.access.BearerTokens;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Operators manage witnesses with the admin token, within the operator API's rate limit; applied
 * before anything else on {@link OperatorOnly} endpoints.
 */
public class OperatorAccess {
    private final BearerTokens adminTokens;
    private final RequestLimits limits;

    OperatorAccess(@ConfigProperty(name = "forwarder.admin-token") String adminToken, RequestLimits limits) {
        this.adminTokens = BearerTokens.of(adminToken);
        this.limits = limits;
    }

    @OperatorOnly
    @ServerRequestFilter
    public void requireOperator(ContainerRequestContext request) {
        adminTokens.require(request.getHeaderString(HttpHeaders.AUTHORIZATION), "the operator token is not valid");
        limits.takeOperator();
    }
}
