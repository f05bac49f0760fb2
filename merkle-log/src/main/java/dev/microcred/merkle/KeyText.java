package dev.microcred.merkle;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The parts shared by Go's signer and verifier key texts: the 8-digit hex key ID and base64 of a type byte
 * followed by a 32-byte key (public key or seed).
 */
final class KeyText {

    private KeyText() {
    }

    static String hexKeyId(int keyId) {
        return HexFormat.of().toHexDigits(keyId);
    }

    /** Refuses a key text whose key ID does not belong to its name and key: it was mistyped or tampered with. */
    static void checkKeyId(String hex, int keyId) {
        if (!hex.matches("[0-9a-fA-F]{8}") || Integer.parseUnsignedInt(hex, 16) != keyId) {
            throw new IllegalArgumentException("key ID " + hex + " does not match the name and key, want "
                    + hexKeyId(keyId));
        }
    }

    static String encodeTypedKey(byte[] key) {
        byte[] typed = new byte[1 + key.length];
        typed[0] = Ed25519Keys.SIGNATURE_TYPE;
        System.arraycopy(key, 0, typed, 1, key.length);
        return CanonicalBase64.encode(typed);
    }

    /** The 32 key bytes after the Ed25519 type byte; other signature types are not supported. */
    static byte[] decodeTypedKey(String base64) {
        byte[] typed = CanonicalBase64.decode(base64);
        if (typed.length != 1 + Ed25519Keys.KEY_SIZE || typed[0] != Ed25519Keys.SIGNATURE_TYPE) {
            throw new IllegalArgumentException("not a type 0x01 (Ed25519) key of 32 bytes");
        }
        return Arrays.copyOfRange(typed, 1, typed.length);
    }
}
