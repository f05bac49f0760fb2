package dev.microcred.support;

/**
 * A caller made more requests than its {@link TokenBuckets} bucket allows; nothing was done. Each
 * service answers it as 429 problem+json with Retry-After.
 */
public class RateLimitedException extends RuntimeException {
    private final long retryAfterSeconds;

    public RateLimitedException(long retryAfterSeconds) {
        super("more requests than the limit allows; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
