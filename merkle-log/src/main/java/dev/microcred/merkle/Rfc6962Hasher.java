package dev.microcred.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * RFC 6962 section 2.1: leaf hash SHA-256(0x00 || leaf), node hash SHA-256(0x01 || left || right).
 *
 * <p>The two prefixes keep a leaf from ever passing for an inner node (the second-preimage attack on plain Merkle
 * trees). The empty tree's root is SHA-256 of nothing. A new digest per call keeps the hasher safe to share across
 * threads; SHA-256 instances are cheap next to the hashing itself.
 */
final class Rfc6962Hasher implements Hasher {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    @Override
    public int size() {
        return 32;
    }

    @Override
    public byte[] emptyRoot() {
        return sha256().digest();
    }

    @Override
    public byte[] hashLeaf(byte[] leaf) {
        Objects.requireNonNull(leaf, "leaf");
        MessageDigest digest = sha256();
        digest.update(LEAF_PREFIX);
        digest.update(leaf);
        return digest.digest();
    }

    @Override
    public byte[] hashChildren(byte[] left, byte[] right) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        MessageDigest digest = sha256();
        digest.update(NODE_PREFIX);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    @Override
    public String toString() {
        return "RFC 6962 SHA-256";
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256, so this is a broken runtime, not input.
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
