package dev.microcred.merkle;

/**
 * Read access to the stored hashes of a tree's perfect subtrees, the only hashes a log needs to keep.
 *
 * <p>The subtree at {@code level} L and {@code index} i covers leaves [i * 2^L, (i + 1) * 2^L); level 0 holds the
 * leaf hashes. Such a subtree never changes once its last leaf is appended, so it can be written once (see
 * {@link CompactRange#appendLeafHash}) and read by {@link Prover} for any later tree size. Hashes of imperfect
 * ("ephemeral") nodes on a tree's right edge are never stored: they depend on the size and are computed from
 * perfect ones.
 */
@FunctionalInterface
public interface SubtreeHashes {

    /**
     * The hash of the complete subtree at ({@code level}, {@code index}). Callers ask only for subtrees that are
     * complete in the tree they prove about; an implementation may throw for any other.
     */
    byte[] hash(int level, long index);
}
