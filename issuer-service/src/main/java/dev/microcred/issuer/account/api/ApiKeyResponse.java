package dev.microcred.issuer.account.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.microcred.issuer.account.ApiKey;
import dev.microcred.issuer.account.ApiKeyMetadata;
import java.time.Instant;

/** An API key's metadata; {@code key} is the secret, present only when the key was just created. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiKeyResponse(String id, String label, String key, Instant createdAt, Instant revokedAt) {

    static ApiKeyResponse created(ApiKey key, String label, Instant now) {
        return new ApiKeyResponse(key.id(), label, key.value(), now, null);
    }

    static ApiKeyResponse of(ApiKeyMetadata key) {
        return new ApiKeyResponse(key.id(), key.label(), null, key.createdAt(), key.revokedAt());
    }
}
