package dev.microcred.merkle;

/**
 * The hash functions of a Merkle tree, after transparency-dev's {@code LogHasher}.
 *
 * <p>Every function here and in {@link Inclusion}, {@link Consistency} and {@link Prover} takes the hasher as its
 * first argument, so a tree's hash is never implied by a static choice. Implementations return fresh arrays.
 */
public interface Hasher {

    /** The RFC 6962 / RFC 9162 hasher: SHA-256 with 0x00 before leaves and 0x01 before node pairs. */
    Hasher RFC6962_SHA256 = new Rfc6962Hasher();

    /** Length in bytes of every hash this hasher returns. */
    int size();

    /** Root of the tree with no leaves. */
    byte[] emptyRoot();

    /** Hash of one leaf, from its data (not from a hash of it). */
    byte[] hashLeaf(byte[] leaf);

    /** Hash of an inner node, from the hashes of its two children. */
    byte[] hashChildren(byte[] left, byte[] right);
}
