package dev.microcred.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The right edge of a growing tree: the perfect subtrees that cover leaves [0, size), largest first.
 *
 * <p>That is all a log needs in memory to append and to know its current root: one node per set bit of the size.
 * {@link #appendLeafHash} returns exactly the perfect subtrees the append completes (the new leaf, then each
 * parent it closes), which are the rows a database-backed log inserts in the same transaction as the leaf; no
 * stored row ever changes afterwards. After a restart, {@link #resume} reads the edge back from those rows.
 * Not thread-safe: a log appends from one writer.
 */
public final class CompactRange {

    private final Hasher hasher;
    private final List<Node> edge = new ArrayList<>();
    private long size;

    /** An empty range, for a new log. */
    public CompactRange(Hasher hasher) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    /** The range of a stored tree of {@code size} leaves, reading one stored hash per set bit of the size. */
    public static CompactRange resume(Hasher hasher, long size, SubtreeHashes hashes) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        CompactRange range = new CompactRange(hasher);
        for (int level = 62; level >= 0; level--) {
            long length = 1L << level;
            if ((size & length) != 0) {
                long begin = range.size;
                range.edge.add(new Node(level, begin >>> level, hashes.hash(level, begin >>> level)));
                range.size += length;
            }
        }
        return range;
    }

    public long size() {
        return size;
    }

    /** Appends a leaf by its data; see {@link #appendLeafHash}. */
    public List<Node> appendLeaf(byte[] leaf) {
        return appendLeafHash(hasher.hashLeaf(leaf));
    }

    /**
     * Appends the leaf with this hash at index {@link #size()} and returns the perfect subtrees that became
     * complete, bottom up: the leaf itself (level 0), then one parent per trailing one bit of the old size.
     */
    public List<Node> appendLeafHash(byte[] leafHash) {
        Objects.requireNonNull(leafHash, "leafHash");
        if (leafHash.length != hasher.size()) {
            throw new IllegalArgumentException("leaf hash has " + leafHash.length + " bytes, want " + hasher.size());
        }
        if (size == Long.MAX_VALUE) {
            throw new IllegalStateException("the tree is full");
        }
        Node node = new Node(0, size, leafHash);
        List<Node> completed = new ArrayList<>(List.of(node));
        while (!edge.isEmpty() && edge.get(edge.size() - 1).level() == node.level()) {
            Node left = edge.remove(edge.size() - 1);
            node = new Node(node.level() + 1, left.index() / 2, hasher.hashChildren(left.hash(), node.hash()));
            completed.add(node);
        }
        edge.add(node);
        size++;
        return List.copyOf(completed);
    }

    /** The root of the current tree; the empty root for size 0. */
    public byte[] root() {
        if (edge.isEmpty()) {
            return hasher.emptyRoot();
        }
        byte[] hash = edge.get(edge.size() - 1).hash();
        for (int i = edge.size() - 2; i >= 0; i--) {
            hash = hasher.hashChildren(edge.get(i).hash(), hash);
        }
        return hash;
    }

    /** The perfect subtrees covering [0, size), largest first. */
    public List<Node> edge() {
        return List.copyOf(edge);
    }
}
