package dev.microcred.merkle;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * Raw 32-byte Ed25519 keys (RFC 8032) on top of the JDK's own Ed25519, and the signed-note key ID.
 *
 * <p>Signed notes carry raw keys, the JDK speaks X.509 and PKCS #8. An Ed25519 SubjectPublicKeyInfo is always the
 * same 12-byte prefix (RFC 8410: SEQUENCE, algorithm id-Ed25519, BIT STRING header) followed by the raw key, so
 * the conversion is a fixed prefix rather than an ASN.1 parser. The JDK has no public way to derive a public key
 * from a private seed, so {@link #fromSeed} hands the seed to the key generator as its "random" bytes and checks
 * that the generated private key is that very seed.
 */
final class Ed25519Keys {

    /** The signed-note signature type of Ed25519. */
    static final byte SIGNATURE_TYPE = 0x01;
    static final int KEY_SIZE = 32;

    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private Ed25519Keys() {
    }

    static byte[] rawPublicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded.length != X509_PREFIX.length + KEY_SIZE
                || !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + key.getAlgorithm());
        }
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }

    static PublicKey publicKey(byte[] raw) {
        if (raw.length != KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + raw.length);
        }
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + KEY_SIZE);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, KEY_SIZE);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a valid Ed25519 public key", e);
        }
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JVM", e);
        }
    }

    /** The key pair whose private key is this 32-byte seed (RFC 8032's private key). */
    static KeyPair fromSeed(byte[] seed) {
        if (seed.length != KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 private key has 32 bytes, not " + seed.length);
        }
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SeedAsRandom(seed));
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JVM", e);
        }
        if (!Arrays.equals(seed(pair), seed)) {
            throw new IllegalStateException("this JVM's Ed25519 generator did not take the seed as its private key");
        }
        return pair;
    }

    static byte[] seed(KeyPair pair) {
        return ((EdECPrivateKey) pair.getPrivate()).getBytes()
                .orElseThrow(() -> new IllegalArgumentException("the private key's bytes are not extractable"));
    }

    /** SHA-256(key name || 0x0A || 0x01 || raw public key), first four bytes, big-endian (signed-note). */
    static int keyId(String keyName, byte[] rawPublicKey) {
        MessageDigest digest = Rfc6962Hasher.sha256();
        digest.update(keyName.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(SIGNATURE_TYPE);
        digest.update(rawPublicKey);
        return ByteBuffer.wrap(digest.digest()).getInt();
    }

    /** Hands out a fixed seed once, as the only "random" bytes an Ed25519 key generation asks for. */
    private static final class SeedAsRandom extends SecureRandom {

        private static final long serialVersionUID = 1L;
        private final byte[] seed;
        private boolean used;

        SeedAsRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (used || bytes.length != seed.length) {
                throw new IllegalStateException("the key generator asked for other random bytes than one seed");
            }
            used = true;
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }
}
