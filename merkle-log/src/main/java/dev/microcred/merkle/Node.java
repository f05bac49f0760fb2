package dev.microcred.merkle;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One perfect subtree and its hash: the row a database-backed log stores.
 *
 * <p>The subtree covers leaves [{@code index} * 2^{@code level}, ({@code index} + 1) * 2^{@code level}). The hash is
 * copied in and out, so a node is an immutable value; equality compares the hash bytes.
 */
public record Node(int level, long index, byte[] hash) {

    public Node {
        if (level < 0 || level > 62) {
            throw new IllegalArgumentException("level must be in [0, 62]: " + level);
        }
        // A tree holds at most 2^63 - 1 leaves (a long size), so a complete subtree ends at or below that.
        if (index < 0 || index >= (Long.MAX_VALUE >>> level)) {
            throw new IllegalArgumentException("index out of range for level " + level + ": " + index);
        }
        hash = Objects.requireNonNull(hash, "hash").clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    /** The first leaf this subtree covers. */
    public long firstLeaf() {
        return index << level;
    }

    /** One past the last leaf this subtree covers. */
    public long endLeaf() {
        return (index + 1) << level;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Node node && level == node.level && index == node.index
                && Arrays.equals(hash, node.hash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, index) * 31 + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "Node[level=" + level + ", index=" + index + ", hash=" + HexFormat.of().formatHex(hash) + "]";
    }
}
