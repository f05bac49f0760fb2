package dev.microcred.forwarder.metrics;

/**
 * How far one delivery mode of a witness has come: its cursor, the matching deltas after it, the
 * age in seconds of the oldest of those (time since the forwarder indexed it), and (push only)
 * the open parked deltas.
 */
public record DeliveryState(long cursor, long lagDeltas, long lagSeconds, long parked) {
}
