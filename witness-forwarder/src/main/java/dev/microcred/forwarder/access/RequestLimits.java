package dev.microcred.forwarder.access;

import dev.microcred.support.access.RateLimitedException;
import dev.microcred.support.access.TokenBuckets;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many requests each caller of the forwarder's APIs may make: a token bucket per witness on its
 * feed ({@code forwarder.pull.rate-limit.*}), and one for the operator API
 * ({@code forwarder.admin.rate-limit.*}), so that a follower or a script in a loop cannot keep the
 * database from the others. A follower long-polls, and catching up takes a thousand deltas a
 * request, so the defaults stay far above what a well-behaved one needs.
 */
@ApplicationScoped
public class RequestLimits {
    private static final String OPERATOR = "operator";

    private final TokenBuckets<String> feeds;
    private final TokenBuckets<String> operator;

    RequestLimits(@ConfigProperty(name = "forwarder.pull.rate-limit.per-second") double feedPerSecond,
            @ConfigProperty(name = "forwarder.pull.rate-limit.burst") double feedBurst,
            @ConfigProperty(name = "forwarder.admin.rate-limit.per-second") double operatorPerSecond,
            @ConfigProperty(name = "forwarder.admin.rate-limit.burst") double operatorBurst) {
        this.feeds = new TokenBuckets<>(feedPerSecond, feedBurst, 10_000, System::nanoTime);
        this.operator = new TokenBuckets<>(operatorPerSecond, operatorBurst, 1, System::nanoTime);
    }

    /** Counts one feed request of this witness; refuses (429) one beyond its limit. */
    public void takeFeed(String witnessId) {
        take(feeds, witnessId);
    }

    void takeOperator() {
        take(operator, OPERATOR);
    }

    private static void take(TokenBuckets<String> buckets, String key) {
        if (!buckets.allows(key)) {
            throw new RateLimitedException(buckets.secondsUntilNext());
        }
    }
}
