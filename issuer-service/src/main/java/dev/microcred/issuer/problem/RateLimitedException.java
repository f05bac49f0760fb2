package dev.microcred.issuer.problem;

/** Answers 429 with Retry-After: the API key made more requests than its limit allows; nothing was done. */
public class RateLimitedException extends RuntimeException {
    private final long retryAfterSeconds;

    public RateLimitedException(long retryAfterSeconds) {
        super("this API key made more requests than its limit allows; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
