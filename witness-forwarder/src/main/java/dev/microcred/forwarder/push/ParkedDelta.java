package dev.microcred.forwarder.push;

import java.time.Instant;

/** A delta a push witness did not accept within park-after, waiting for an operator's re-drive. */
public record ParkedDelta(String deltaId, String hash, long position, Instant parkedAt, int attempts, String lastError) {
}
