package dev.microcred.witness.ledger.log;

/**
 * Who a read answers: everyone sees the leaves as signed; an auditor also sees the opening of each leaf's seal (the
 * revocation reason, related hash and exact times the leaf commits to without showing).
 */
public enum Audience {
    PUBLIC,
    AUDITOR;

    /** The opening as this audience may see it: null for the public. */
    public String opening(StoredLeaf leaf) {
        return this == AUDITOR ? leaf.opening() : null;
    }
}
