package dev.microcred.merkle;

import java.util.Objects;

/**
 * A Merkle proof that does not prove what it was offered for.
 *
 * <p>Checked, because a failed proof is an expected answer from an untrusted log, not a bug: every caller has to
 * decide what a rejection means for it. The {@link Kind} says which check failed, so that a caller (or a test) can
 * tell a malformed proof from one that is well formed but leads to another root ({@link RootMismatchException}).
 */
public class ProofException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Which check rejected the proof. */
    public enum Kind {
        /** An index or size is outside its range: the leaf index is not below the tree size, or a value is negative. */
        OUT_OF_RANGE,
        /** A consistency proof was asked from a larger tree to a smaller one. */
        SIZES_OUT_OF_ORDER,
        /** A consistency proof from the empty tree: it would prove nothing, so it is refused. */
        EMPTY_FIRST_TREE,
        /** A subtree range that is not a node of any tree: its start is not aligned to its rounded-up size. */
        INVALID_SUBTREE,
        /** A leaf hash or proof hash whose length is not the hasher's size. */
        WRONG_HASH_SIZE,
        /** A proof with more or fewer hashes than the sizes and index call for. */
        WRONG_PROOF_SIZE,
        /** A well-formed proof that leads to another root; see {@link RootMismatchException}. */
        ROOT_MISMATCH
    }

    private final Kind kind;

    public ProofException(Kind kind, String message) {
        super(kind + ": " + message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
