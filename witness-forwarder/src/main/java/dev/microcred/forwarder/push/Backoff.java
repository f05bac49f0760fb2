package dev.microcred.forwarder.push;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter: the n-th retry waits a uniformly random time in
 * [0, min(max, initial * 2^n)). Jitter spreads the retries of many workers hitting one recovering
 * witness instead of having them arrive in lock-step.
 */
public final class Backoff {
    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;

    public Backoff(Duration initial, Duration max, DoubleSupplier random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The wait before retry number {@code retry} (0 for the first retry). */
    public Duration delay(int retry) {
        long ceiling = ceilingMillis(retry);
        return Duration.ofMillis((long) (random.getAsDouble() * ceiling));
    }

    long ceilingMillis(int retry) {
        long cap = max.toMillis();
        // Shifting past 30 bits overflows long quickly; the cap is reached long before.
        long grown = initial.toMillis() << Math.min(retry, 30);
        return grown <= 0 || grown > cap ? cap : grown;
    }
}
