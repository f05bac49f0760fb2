package dev.microcred.merkle;

import java.util.List;
import java.util.Objects;

/**
 * Consistency proofs (RFC 9162 section 2.1.4): that the tree of {@code size2} leaves with {@code root2} is an
 * append-only extension of the tree of {@code size1} leaves with {@code root1}.
 *
 * <p>This is what lets a verifier who saw an older checkpoint trust a newer one: no leaf was changed or dropped.
 * The acceptance rules are transparency-dev/merkle's, so that its JSON vectors apply unchanged; in particular a
 * proof from the empty tree is refused (it would prove nothing, and a client that holds no checkpoint has nothing
 * to compare), and equal sizes take an empty proof and equal roots.
 */
public final class Consistency {

    private Consistency() {
    }

    /**
     * Verifies {@code proof} between the two trees. Requires {@code 0 < size1 <= size2}; for {@code size1 == size2}
     * the proof must be empty and the roots equal, and otherwise it must have exactly the length the sizes
     * determine.
     */
    public static void verify(Hasher hasher, long size1, long size2, List<byte[]> proof, byte[] root1,
            byte[] root2) throws ProofException {
        Objects.requireNonNull(hasher, "hasher");
        Objects.requireNonNull(proof, "proof");
        Objects.requireNonNull(root1, "root1");
        Objects.requireNonNull(root2, "root2");
        checkSizes(size1, size2);
        if (size1 == size2) {
            Chain.checkProofSize(proof, 0);
            Chain.checkRoot(size2, root1, root2);
            return;
        }
        // The proof starts at the largest perfect subtree that ends at size1: the node (shift, mask).
        int shift = Long.numberOfTrailingZeros(size1);
        long mask = (size1 - 1) >>> shift;
        int fork = Chain.innerSize(size1 - 1, size2);
        int inner = fork - shift;
        int border = Long.bitCount((size1 - 1) >>> fork);
        // When size1 is a power of two, that node is the old root itself, which the verifier already holds.
        boolean seededByRoot1 = mask == 0;
        int start = seededByRoot1 ? 0 : 1;
        Chain.checkProofSize(proof, start + inner + border);
        Chain.checkHashSizes(hasher, proof);
        byte[] seed = seededByRoot1 ? root1 : proof.get(0);
        List<byte[]> innerPart = proof.subList(start, start + inner);
        List<byte[]> borderPart = proof.subList(start + inner, proof.size());

        byte[] hash1 = Chain.borderRight(hasher, Chain.innerRight(hasher, seed, innerPart, mask), borderPart);
        Chain.checkRoot(size1, hash1, root1);
        byte[] hash2 = Chain.borderRight(hasher, Chain.inner(hasher, seed, innerPart, mask), borderPart);
        Chain.checkRoot(size2, hash2, root2);
    }

    private static void checkSizes(long size1, long size2) throws ProofException {
        if (size1 < 0 || size2 < 0) {
            throw new ProofException(ProofException.Kind.OUT_OF_RANGE,
                    "tree sizes must not be negative: size1 " + size1 + ", size2 " + size2);
        }
        if (size2 < size1) {
            throw new ProofException(ProofException.Kind.SIZES_OUT_OF_ORDER,
                    "size2 " + size2 + " < size1 " + size1);
        }
        if (size1 == 0) {
            throw new ProofException(ProofException.Kind.EMPTY_FIRST_TREE,
                    "a consistency proof from the empty tree proves nothing");
        }
    }
}
