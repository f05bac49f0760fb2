package dev.microcred.witness.ledger.append;

import dev.microcred.witness.ledger.delta.WireDelta;
import java.time.Instant;

/**
 * A new leaf to store: its index, the delta it records, the exact text hashed, the opening of its seal, and how it
 * arrived.
 */
public record Leaf(long index, WireDelta delta, String text, String opening, Instant witnessedAt, Source source) {
}
