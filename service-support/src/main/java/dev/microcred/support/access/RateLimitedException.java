package dev.microcred.support.access;

/**
 * A caller made more requests than its {@link TokenBuckets} bucket allows; nothing was done.
 * Answered as 429 problem+json with Retry-After by {@link dev.microcred.support.problem.AccessProblems}.
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
