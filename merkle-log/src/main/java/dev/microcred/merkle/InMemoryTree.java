package dev.microcred.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A whole log in memory: the stored perfect-subtree hashes in one list per level, plus its {@link CompactRange}.
 *
 * <p>It stores exactly what a database-backed log stores (the nodes {@link CompactRange#appendLeafHash} returns) and
 * answers through the same {@link Prover} functions, so it is both a small log for tests and tools and the model a
 * persistent ledger is checked against. Holds at most 2^31 - 1 leaves (list indices). Not thread-safe.
 */
public final class InMemoryTree implements SubtreeHashes {

    private final Hasher hasher;
    private final CompactRange range;
    private final List<List<byte[]>> levels = new ArrayList<>();

    public InMemoryTree(Hasher hasher) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.range = new CompactRange(hasher);
    }

    private InMemoryTree(Hasher hasher, long size, List<List<byte[]>> stored) {
        this.hasher = hasher;
        stored.forEach(level -> levels.add(new ArrayList<>(level)));
        this.range = CompactRange.resume(hasher, size, this);
    }

    /**
     * Rebuilds a tree of {@code size} leaves from stored nodes, as a restarted log would. The nodes must be exactly
     * the perfect subtrees of that size, in any order; every parent is checked against its children, so a row
     * that was altered or lost is found here rather than in a proof that fails later.
     */
    public static InMemoryTree restore(Hasher hasher, long size, Collection<Node> nodes) {
        Objects.requireNonNull(hasher, "hasher");
        byte[][][] byLevel = place(size, nodes);
        List<List<byte[]>> levels = new ArrayList<>();
        for (int level = 0; level < byLevel.length; level++) {
            checkLevel(hasher, byLevel, level);
            levels.add(Arrays.asList(byLevel[level]));
        }
        return new InMemoryTree(hasher, size, levels);
    }

    /** Sorts nodes into one array per level, refusing any that a tree of this size does not have. */
    private static byte[][][] place(long size, Collection<Node> nodes) {
        if (size < 0 || size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("size must be in [0, 2^31 - 1]: " + size);
        }
        byte[][][] byLevel = new byte[64 - Long.numberOfLeadingZeros(size)][][];
        for (int level = 0; level < byLevel.length; level++) {
            byLevel[level] = new byte[(int) (size >>> level)][];
        }
        for (Node node : nodes) {
            if (node.level() >= byLevel.length || node.index() >= byLevel[node.level()].length
                    || byLevel[node.level()][(int) node.index()] != null) {
                throw new IllegalArgumentException("not a perfect subtree of size " + size + ", or twice: " + node);
            }
            byLevel[node.level()][(int) node.index()] = node.hash();
        }
        return byLevel;
    }

    private static void checkLevel(Hasher hasher, byte[][][] byLevel, int level) {
        for (int index = 0; index < byLevel[level].length; index++) {
            byte[] hash = byLevel[level][index];
            if (hash == null) {
                throw new IllegalArgumentException("missing node at level " + level + ", index " + index);
            }
            if (level > 0 && !Arrays.equals(hash,
                    hasher.hashChildren(byLevel[level - 1][2 * index], byLevel[level - 1][2 * index + 1]))) {
                throw new IllegalArgumentException(
                        "node at level " + level + ", index " + index + " is not the hash of its children");
            }
        }
    }

    /** Appends a leaf by its data and returns its index. */
    public long append(byte[] leaf) {
        return appendLeafHash(hasher.hashLeaf(leaf));
    }

    /** Appends a leaf by its hash and returns its index. */
    public long appendLeafHash(byte[] leafHash) {
        if (range.size() == Integer.MAX_VALUE) {
            throw new IllegalStateException("an in-memory tree holds at most 2^31 - 1 leaves");
        }
        long index = range.size();
        for (Node node : range.appendLeafHash(leafHash)) {
            if (levels.size() == node.level()) {
                levels.add(new ArrayList<>());
            }
            levels.get(node.level()).add(node.hash());
        }
        return index;
    }

    public long size() {
        return range.size();
    }

    public byte[] root() {
        return range.root();
    }

    /** The root the tree had at {@code size} leaves. Requires 0 <= size <= size(). */
    public byte[] root(long size) {
        return Prover.root(hasher, this, checkedSize(size));
    }

    /** See {@link Prover#inclusionProof}; requires 0 <= index < size <= size(). */
    public List<byte[]> inclusionProof(long index, long size) {
        return Prover.inclusionProof(hasher, this, index, checkedSize(size));
    }

    /** See {@link Prover#consistencyProof}; requires 0 < size1 <= size2 <= size(). */
    public List<byte[]> consistencyProof(long size1, long size2) {
        return Prover.consistencyProof(hasher, this, size1, checkedSize(size2));
    }

    @Override
    public byte[] hash(int level, long index) {
        if (level < 0 || level >= levels.size() || index < 0 || index >= levels.get(level).size()) {
            throw new IllegalArgumentException("no complete subtree at level " + level + ", index " + index);
        }
        return levels.get(level).get((int) index).clone();
    }

    private long checkedSize(long size) {
        if (size < 0 || size > size()) {
            throw new IllegalArgumentException("size " + size + " is not in [0, " + size() + "]");
        }
        return size;
    }
}
