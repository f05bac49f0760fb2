package dev.microcred.issuer.account.access;

import dev.microcred.support.access.RateLimitedException;
import dev.microcred.support.access.TokenBuckets;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many requests one API key may make: a token bucket per key ({@code issuer.api.rate-limit.*}),
 * so one issuer's runaway integration cannot starve the others or the database. Bulk issuing is one
 * request per ten thousand completions, and completions from platforms arrive on Kafka, so the
 * default leaves any well-behaved client far below the limit.
 */
@ApplicationScoped
public class ApiKeyLimits {
    private final TokenBuckets<String> buckets;

    ApiKeyLimits(@ConfigProperty(name = "issuer.api.rate-limit.per-second") double perSecond,
            @ConfigProperty(name = "issuer.api.rate-limit.burst") double burst) {
        this.buckets = new TokenBuckets<>(perSecond, burst, 100_000, System::nanoTime);
    }

    /** Counts one request of this key; refuses (429) one beyond its limit. */
    void take(String keyId) {
        if (!buckets.allows(keyId)) {
            throw new RateLimitedException(buckets.secondsUntilNext());
        }
    }
}
