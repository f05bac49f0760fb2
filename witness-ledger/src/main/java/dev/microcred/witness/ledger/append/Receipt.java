package dev.microcred.witness.ledger.append;

/** The witness's acknowledgement of one delta: where it sits in the log and when it was witnessed. */
public record Receipt(String deltaId, long leafIndex, String witnessedAt) {
}
