package dev.microcred.witness.ledger.rollup;

/** A checkpoint picked for publishing outside the ledger; {@code anchor} is the chain's receipt, null if none. */
public record Rollup(long id, long treeSize, String rootHash, String note, String createdAt, String anchor) {
}
