package dev.microcred.witness.ledger.log;

/**
 * A leaf as stored: its index, the exact leaf text that was hashed, its indexed fields, and the opening of its seal
 * (null for a leaf written before sealing), which only an {@link Audience#AUDITOR} is shown.
 */
public record StoredLeaf(long leafIndex, String leaf, String witnessedAt, String status, long issuerSequence,
        String opening) {
}
