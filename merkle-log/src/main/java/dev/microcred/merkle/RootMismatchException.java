package dev.microcred.merkle;

import java.util.HexFormat;

/**
 * A proof that chains to a root other than the one it was checked against.
 *
 * <p>Carries both roots and the tree size they belong to, because the usual next question ("which side is wrong?")
 * needs all three: a monitor compares the computed root with other checkpoints of the same size.
 */
public final class RootMismatchException extends ProofException {

    private static final long serialVersionUID = 1L;

    private final long size;
    private final String computedHex;
    private final String expectedHex;

    public RootMismatchException(long size, byte[] computed, byte[] expected) {
        this(size, HexFormat.of().formatHex(computed), HexFormat.of().formatHex(expected));
    }

    private RootMismatchException(long size, String computedHex, String expectedHex) {
        super(Kind.ROOT_MISMATCH, "root hash at size " + size + " mismatched: computed " + computedHex
                + ", expected " + expectedHex);
        this.size = size;
        this.computedHex = computedHex;
        this.expectedHex = expectedHex;
    }

    /** The tree size whose root did not match. */
    public long size() {
        return size;
    }

    /** The root the proof leads to, in lowercase hex. */
    public String computedHex() {
        return computedHex;
    }

    /** The root the proof was checked against, in lowercase hex. */
    public String expectedHex() {
        return expectedHex;
    }
}
