package dev.microcred.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Roots and proofs for any tree size, computed from stored perfect-subtree hashes (RFC 9162 sections 2.1.1, 2.1.3.1
 * and 2.1.4.1).
 *
 * <p>A log that keeps only the {@link SubtreeHashes} of its perfect subtrees can answer for every past size. Each
 * function walks down RFC 9162's recursive split of the range it proves about (the left part is the largest power
 * of two below the range's length), so it reads O(log n) stored hashes. Only one node per proof can be imperfect
 * (the right sibling where the path leaves the right edge); it is rebuilt from its O(log n) perfect parts.
 * Preconditions are a caller's promises, so breaking one is an {@link IllegalArgumentException}.
 */
public final class Prover {

    private Prover() {
    }

    /** The root of the first {@code size} leaves; the hasher's empty root for size 0. */
    public static byte[] root(Hasher hasher, SubtreeHashes hashes, long size) {
        Objects.requireNonNull(hasher, "hasher");
        Objects.requireNonNull(hashes, "hashes");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        return size == 0 ? hasher.emptyRoot() : rangeHash(hasher, hashes, 0, size);
    }

    /** The audit path for leaf {@code index} in the tree of {@code size}, bottom up. Requires 0 <= index < size. */
    public static List<byte[]> inclusionProof(Hasher hasher, SubtreeHashes hashes, long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf index " + index + " is not in [0, " + size + ")");
        }
        List<byte[]> topDown = new ArrayList<>();
        long begin = 0;
        long end = size;
        while (end - begin > 1) {
            long split = Long.highestOneBit(end - begin - 1);
            if (index < begin + split) {
                topDown.add(rangeHash(hasher, hashes, begin + split, end));
                end = begin + split;
            } else {
                topDown.add(perfect(hashes, begin, split));
                begin += split;
            }
        }
        Collections.reverse(topDown);
        return topDown;
    }

    /**
     * The proof that the tree of {@code size2} extends the tree of {@code size1}, bottom up, as RFC 9162's
     * SUBPROOF. Requires 0 < size1 <= size2; equal sizes give an empty proof.
     */
    public static List<byte[]> consistencyProof(Hasher hasher, SubtreeHashes hashes, long size1, long size2) {
        if (size1 <= 0 || size2 < size1) {
            throw new IllegalArgumentException("sizes must satisfy 0 < size1 <= size2: " + size1 + ", " + size2);
        }
        List<byte[]> topDown = new ArrayList<>();
        long begin = 0;
        long end = size2;
        long oldEnd = size1;
        // True while the old tree's root is itself a node on the path: then the verifier holds it already.
        boolean oldRootOnPath = true;
        while (oldEnd != end) {
            long split = Long.highestOneBit(end - begin - 1);
            if (oldEnd <= begin + split) {
                topDown.add(rangeHash(hasher, hashes, begin + split, end));
                end = begin + split;
            } else {
                topDown.add(perfect(hashes, begin, split));
                begin += split;
                oldRootOnPath = false;
            }
        }
        if (!oldRootOnPath) {
            topDown.add(rangeHash(hasher, hashes, begin, end));
        }
        Collections.reverse(topDown);
        return topDown;
    }

    /** The hash of a node's leaf range [begin, end): its perfect parts, largest first, folded from the right. */
    static byte[] rangeHash(Hasher hasher, SubtreeHashes hashes, long begin, long end) {
        List<byte[]> parts = new ArrayList<>();
        for (long at = begin; at < end; ) {
            int level = Math.min(Long.numberOfTrailingZeros(at), 63 - Long.numberOfLeadingZeros(end - at));
            parts.add(hashes.hash(level, at >>> level));
            at += 1L << level;
        }
        byte[] hash = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            hash = hasher.hashChildren(parts.get(i), hash);
        }
        return hash;
    }

    private static byte[] perfect(SubtreeHashes hashes, long begin, long length) {
        int level = Long.numberOfTrailingZeros(length);
        return hashes.hash(level, begin >>> level);
    }
}
