package dev.microcred.forwarder.access;

import dev.microcred.forwarder.problem.NotAuthenticatedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Operators manage witnesses with the admin token, within the operator API's rate limit; applied
 * before anything else on {@link OperatorOnly} endpoints.
 */
public class OperatorAccess {
    private final byte[] adminToken;
    private final RequestLimits limits;

    OperatorAccess(@ConfigProperty(name = "forwarder.admin-token") String adminToken, RequestLimits limits) {
        this.adminToken = adminToken.getBytes(StandardCharsets.UTF_8);
        this.limits = limits;
    }

    @OperatorOnly
    @ServerRequestFilter
    public void requireOperator(ContainerRequestContext request) {
        byte[] presented = BearerToken.of(request.getHeaderString(HttpHeaders.AUTHORIZATION)).getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: the token must not leak through response timing.
        if (!MessageDigest.isEqual(presented, adminToken)) {
            throw new NotAuthenticatedException("the operator token is not valid");
        }
        limits.takeOperator();
    }
}
