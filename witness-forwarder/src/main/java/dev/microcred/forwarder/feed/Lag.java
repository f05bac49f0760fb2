package dev.microcred.forwarder.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far a witness is behind: the matching deltas after its cursor, and since when the oldest of
 * them has waited at the forwarder (its insertion time into the index, not its changedAt, so a
 * witness registered late and replaying old history is not reported as years behind once it caught up).
 */
public record Lag(long deltas, Optional<Instant> oldestIndexedAt) {
    public static final Lag NONE = new Lag(0, Optional.empty());

    public long seconds(Instant now) {
        return oldestIndexedAt.map(t -> Math.max(0, Duration.between(t, now).toSeconds())).orElse(0L);
    }
}
