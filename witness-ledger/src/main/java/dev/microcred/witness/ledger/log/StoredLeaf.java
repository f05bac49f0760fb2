package dev.microcred.witness.ledger.log;

/** A leaf as served: its index, the exact leaf text that was hashed, and its indexed fields. */
public record StoredLeaf(long leafIndex, String leaf, String witnessedAt, String status, long issuerSequence) {
}
