package dev.microcred.forwarder.push;

import java.time.Instant;

/** A witness's acknowledgement of one delta: where it sits in the witness's ledger, and since when. */
public record Receipt(String deltaId, long leafIndex, Instant witnessedAt) {
}
