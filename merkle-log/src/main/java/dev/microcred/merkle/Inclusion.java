package dev.microcred.merkle;

import java.util.List;
import java.util.Objects;

/**
 * Inclusion proofs (RFC 9162 section 2.1.3): that a leaf hash sits at an index of a tree of a given size and root.
 *
 * <p>Free functions after transparency-dev/merkle's {@code proof} package, with the same acceptance rules, so that
 * its JSON vectors apply unchanged. Sizes and indices are unsigned in RFC 9162; here they are Java {@code long}s
 * and a negative one (a value above 2^63 - 1 that wrapped) is rejected as {@code OUT_OF_RANGE}. Proof hashes are
 * ordered from the leaf up. Every input may come from an untrusted log: no input makes these functions throw
 * anything but {@link ProofException}, except {@code null}, which is a caller's bug.
 */
public final class Inclusion {

    private Inclusion() {
    }

    /**
     * Verifies that {@code leafHash} is the leaf at {@code index} of the tree of {@code size} leaves with this
     * {@code root}. Requires {@code 0 <= index < size} and a proof of exactly the length the two determine.
     */
    public static void verify(Hasher hasher, long index, long size, byte[] leafHash, List<byte[]> proof,
            byte[] root) throws ProofException {
        Objects.requireNonNull(root, "root");
        Chain.checkRoot(size, rootFromInclusionProof(hasher, index, size, leafHash, proof), root);
    }

    /**
     * The root that {@code proof} leads to from {@code leafHash} at {@code index} in a tree of {@code size}.
     * Checks everything but the root itself; requires {@code 0 <= index < size}.
     */
    public static byte[] rootFromInclusionProof(Hasher hasher, long index, long size, byte[] leafHash,
            List<byte[]> proof) throws ProofException {
        Objects.requireNonNull(hasher, "hasher");
        Objects.requireNonNull(leafHash, "leafHash");
        Objects.requireNonNull(proof, "proof");
        if (index < 0 || index >= size) {
            throw new ProofException(ProofException.Kind.OUT_OF_RANGE,
                    "leaf index " + index + " is not in [0, " + size + ")");
        }
        if (leafHash.length != hasher.size()) {
            throw new ProofException(ProofException.Kind.WRONG_HASH_SIZE,
                    "leaf hash has " + leafHash.length + " bytes, want " + hasher.size());
        }
        int inner = Chain.innerSize(index, size);
        int border = Long.bitCount(index >>> inner);
        Chain.checkProofSize(proof, inner + border);
        Chain.checkHashSizes(hasher, proof);
        byte[] hash = Chain.inner(hasher, leafHash, proof.subList(0, inner), index);
        return Chain.borderRight(hasher, hash, proof.subList(inner, proof.size()));
    }

    /**
     * Verifies an inclusion proof into the subtree of leaves [{@code start}, {@code end}) whose root is
     * {@code subtreeRoot}, as transparency-dev's {@code VerifySubtreeInclusion}. Requires
     * {@code 0 <= start <= index < end} and {@code start} a multiple of the smallest power of two not below
     * {@code end - start}, which makes the range a node (possibly an ephemeral one) of every tree that holds it.
     */
    public static void verifySubtree(Hasher hasher, long index, long start, long end, byte[] leafHash,
            List<byte[]> proof, byte[] subtreeRoot) throws ProofException {
        Objects.requireNonNull(subtreeRoot, "subtreeRoot");
        checkSubtree(start, end);
        if (index < start || index >= end) {
            throw new ProofException(ProofException.Kind.OUT_OF_RANGE,
                    "leaf index " + index + " is not in the subtree [" + start + ", " + end + ")");
        }
        byte[] computed = rootFromInclusionProof(hasher, index - start, end - start, leafHash, proof);
        Chain.checkRoot(end - start, computed, subtreeRoot);
    }

    private static void checkSubtree(long start, long end) throws ProofException {
        if (start < 0 || end <= start) {
            throw new ProofException(ProofException.Kind.INVALID_SUBTREE,
                    "subtree [" + start + ", " + end + ") is empty or negative");
        }
        long length = end - start;
        // Above 2^62 the rounded-up length is 2^63, and only start 0 is a multiple of it below 2^63.
        long roundedUpMask = length == 1 ? 0 : Long.highestOneBit(length - 1) * 2 - 1;
        boolean aligned = start == 0 || length <= (1L << 62) && (start & roundedUpMask) == 0;
        if (!aligned) {
            throw new ProofException(ProofException.Kind.INVALID_SUBTREE, "subtree [" + start + ", " + end
                    + ") does not start at a multiple of its length rounded up to a power of two");
        }
    }
}
