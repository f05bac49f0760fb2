package dev.microcred.witness.ledger.pull;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with jitter: each failure doubles the ceiling up to {@code max}, and the wait is drawn from
 * the upper half below it, so many witnesses that lost the same feed do not come back in step.
 */
public final class Backoff {

    private final long initialMillis;
    private final long maxMillis;
    private final RandomGenerator random;
    private int failures;

    public Backoff(Duration initial, Duration max, RandomGenerator random) {
        this.initialMillis = Math.max(1, initial.toMillis());
        this.maxMillis = Math.max(initialMillis, max.toMillis());
        this.random = random;
    }

    public Duration next() {
        long ceiling = initialMillis << Math.min(failures, 30);
        ceiling = Math.min(maxMillis, ceiling);
        failures++;
        return Duration.ofMillis(ceiling / 2 + random.nextLong(ceiling / 2 + 1));
    }

    public void reset() {
        failures = 0;
    }
}
