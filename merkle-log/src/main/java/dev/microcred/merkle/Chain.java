package dev.microcred.merkle;

import java.security.MessageDigest;
import java.util.List;

/**
 * The hash chaining shared by inclusion and consistency verification (RFC 9162 sections 2.1.3.2 and 2.1.4.2).
 *
 * <p>A proof for the node at ({@code level}, {@code index}) splits where its path to the root leaves the path of the
 * tree's last leaf. Below that fork ("inner" part) a sibling may sit on either side, and the bit of the index at
 * each level says which. Above it ("border" part) the path runs along the tree's right border, so every sibling is
 * a left one. Proof hashes are ordered from the bottom up.
 */
final class Chain {

    private Chain() {
    }

    /** Number of inner proof hashes for {@code index} in a tree of {@code size}: the height of the fork. */
    static int innerSize(long index, long size) {
        return 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
    }

    /** Hashes {@code seed} up through {@code proof}, each hash on the side the index bit of its level says. */
    static byte[] inner(Hasher hasher, byte[] seed, List<byte[]> proof, long index) {
        byte[] hash = seed;
        for (int i = 0; i < proof.size(); i++) {
            hash = ((index >>> i) & 1) == 0
                    ? hasher.hashChildren(hash, proof.get(i))
                    : hasher.hashChildren(proof.get(i), hash);
        }
        return hash;
    }

    /**
     * Like {@link #inner} but skips right siblings: the result is the hash of the same subtree as it was when the
     * path's node was the last one in it, which is how a consistency proof rebuilds the older root.
     */
    static byte[] innerRight(Hasher hasher, byte[] seed, List<byte[]> proof, long index) {
        byte[] hash = seed;
        for (int i = 0; i < proof.size(); i++) {
            if (((index >>> i) & 1) == 1) {
                hash = hasher.hashChildren(proof.get(i), hash);
            }
        }
        return hash;
    }

    /** Hashes {@code seed} up the right border: every proof hash is a left sibling. */
    static byte[] borderRight(Hasher hasher, byte[] seed, List<byte[]> proof) {
        byte[] hash = seed;
        for (byte[] sibling : proof) {
            hash = hasher.hashChildren(sibling, hash);
        }
        return hash;
    }

    /** Rejects proof elements of the wrong length before they are hashed into something that merely mismatches. */
    static void checkHashSizes(Hasher hasher, List<byte[]> proof) throws ProofException {
        for (int i = 0; i < proof.size(); i++) {
            if (proof.get(i).length != hasher.size()) {
                throw new ProofException(ProofException.Kind.WRONG_HASH_SIZE,
                        "proof[" + i + "] has " + proof.get(i).length + " bytes, want " + hasher.size());
            }
        }
    }

    static void checkProofSize(List<byte[]> proof, int want) throws ProofException {
        if (proof.size() != want) {
            throw new ProofException(ProofException.Kind.WRONG_PROOF_SIZE,
                    "wrong proof size " + proof.size() + ", want " + want);
        }
    }

    static void checkRoot(long size, byte[] computed, byte[] expected) throws RootMismatchException {
        if (!MessageDigest.isEqual(computed, expected)) {
            throw new RootMismatchException(size, computed, expected);
        }
    }
}
