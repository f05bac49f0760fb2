package dev.microcred.issuer.access;

import dev.microcred.issuer.issuer.ApiKey;
import dev.microcred.issuer.issuer.persistence.ApiKeyEntity;
import dev.microcred.issuer.issuer.persistence.ApiKeyRepository;
import dev.microcred.issuer.issuer.persistence.IssuerRepository;
import dev.microcred.issuer.problem.AccessDeniedException;
import dev.microcred.issuer.problem.NotAuthenticatedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may do what: operators (the admin token) manage issuers; an issuer's API key acts on that
 * issuer only. Both arrive as {@code Authorization: Bearer <token>}.
 */
@ApplicationScoped
public class AccessPolicy {
    private static final String BEARER = "Bearer ";

    private final byte[] adminToken;
    private final ApiKeyRepository keys;
    private final IssuerRepository issuers;
    private final ApiKeyLimits limits;

    AccessPolicy(@ConfigProperty(name = "issuer.admin-token") String adminToken, ApiKeyRepository keys,
            IssuerRepository issuers, ApiKeyLimits limits) {
        this.adminToken = adminToken.getBytes(StandardCharsets.UTF_8);
        this.keys = keys;
        this.issuers = issuers;
        this.limits = limits;
    }

    public void requireOperator(String authorization) {
        byte[] presented = bearer(authorization).getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: the token must not leak through response timing.
        if (!MessageDigest.isEqual(presented, adminToken)) {
            throw new NotAuthenticatedException("the operator token is not valid");
        }
    }

    /**
     * Passes for an active key of this issuer within its rate limit; 401 for an unknown key, 404 for
     * an unknown issuer, 403 for another issuer's key, 429 for a key over its limit.
     */
    public void requireIssuerKey(String issuerId, String authorization) {
        ApiKeyEntity key = keys.activeBySecretHash(ApiKey.hashOf(bearer(authorization)))
                .orElseThrow(() -> new NotAuthenticatedException("the API key is not valid or was revoked"));
        issuers.require(issuerId);
        if (!key.issuerId().equals(issuerId)) {
            throw new AccessDeniedException("this API key belongs to another issuer");
        }
        limits.take(key.id());
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.startsWith(BEARER)) {
            throw new NotAuthenticatedException("send Authorization: Bearer <token>");
        }
        return authorization.substring(BEARER.length()).trim();
    }
}
