package dev.microcred.status.lookup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How old a copy of the status store may be and still answer: its freshness mark (the last relay
 * heartbeat it folded) must be at most {@code status.max-staleness} old. Whatever stalls, the
 * relay, the broker, the registry, the stream thread, or this instance's link to the brokers while
 * its partitions move elsewhere, heartbeats stop arriving here and the copy stops answering: 503,
 * never an OK that a revocation committed since could contradict. A copy with no mark yet (a new
 * cluster before the first heartbeat) does not answer either.
 */
public final class FreshnessBound {
    private final Clock clock;
    private final Duration maxStaleness;

    public FreshnessBound(Clock clock, Duration maxStaleness) {
        this.clock = clock;
        this.maxStaleness = maxStaleness;
    }

    public boolean allows(Optional<Instant> freshAsOf) {
        return freshAsOf.isPresent() && !freshAsOf.get().plus(maxStaleness).isBefore(clock.instant());
    }
}
