package dev.microcred.issuer.issuer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.microcred.issuer.issuer.ApiKey;
import dev.microcred.issuer.issuer.persistence.ApiKeyEntity;
import java.time.Instant;

/** An API key's metadata; {@code key} is the secret, present only when the key was just created. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiKeyResponse(String id, String label, String key, Instant createdAt, Instant revokedAt) {

    static ApiKeyResponse created(ApiKey key, String label, Instant now) {
        return new ApiKeyResponse(key.id(), label, key.value(), now, null);
    }

    static ApiKeyResponse of(ApiKeyEntity entity) {
        return new ApiKeyResponse(entity.id(), entity.label(), null, entity.createdAt(), entity.revokedAt());
    }
}
