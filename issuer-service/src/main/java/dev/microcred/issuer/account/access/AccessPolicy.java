package dev.microcred.issuer.account.access;

import dev.microcred.issuer.account.ApiKey;
import dev.microcred.issuer.account.persistence.ApiKeyEntity;
import dev.microcred.issuer.account.persistence.ApiKeyRepository;
import dev.microcred.issuer.account.persistence.IssuerRepository;
import dev.microcred.support.access.AccessDeniedException;
import dev.microcred.support.access.Bearer;
import dev.microcred.support.access.BearerTokens;
import dev.microcred.support.access.NotAuthenticatedException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may do what: operators (the admin token) manage issuers; an issuer's API key acts on that
 * issuer only. Both arrive as {@code Authorization: Bearer <token>}.
 */
@ApplicationScoped
public class AccessPolicy {
    private final BearerTokens adminTokens;
    private final ApiKeyRepository keys;
    private final IssuerRepository issuers;
    private final ApiKeyLimits limits;

    AccessPolicy(@ConfigProperty(name = "issuer.admin-token") String adminToken, ApiKeyRepository keys,
            IssuerRepository issuers, ApiKeyLimits limits) {
        this.adminTokens = BearerTokens.of(adminToken);
        this.keys = keys;
        this.issuers = issuers;
        this.limits = limits;
    }

    public void requireOperator(String authorization) {
        adminTokens.require(authorization, "the operator token is not valid");
    }

    /**
     * Passes for an active key of this issuer within its rate limit; 401 for an unknown key, 404 for
     * an unknown issuer, 403 for another issuer's key, 429 for a key over its limit.
     */
    public void requireIssuerKey(String issuerId, String authorization) {
        ApiKeyEntity key = keys.activeBySecretHash(ApiKey.hashOf(Bearer.token(authorization)))
                .orElseThrow(() -> new NotAuthenticatedException("the API key is not valid or was revoked"));
        issuers.require(issuerId);
        if (!key.issuerId().equals(issuerId)) {
            throw new AccessDeniedException("this API key belongs to another issuer");
        }
        limits.take(key.id());
    }
}
