package dev.microcred.forwarder.leadership;

/**
 * CDI event after every leadership check (each {@code forwarder.leadership.retry-interval}), not
 * only on a change: observers converge on the current state, so they must be idempotent. That is
 * also how the leader picks up witnesses registered on another instance within one interval.
 */
public record LeadershipChecked(boolean leading) {
}
