package dev.microcred.merkle;

import java.util.Base64;

/**
 * Standard, padded base64 (RFC 4648 section 4) that accepts each byte string in exactly one spelling.
 *
 * <p>Java's decoder also takes unpadded text and ignores stray low bits in the last character. A signed body must
 * not have two spellings for one value: two different notes would then carry the same checkpoint, and a
 * byte-for-byte comparison of notes (or a cache keyed by them) would disagree with what they say.
 */
final class CanonicalBase64 {

    private CanonicalBase64() {
    }

    /** Decodes {@code text}, or throws {@link IllegalArgumentException} if it is not the canonical encoding. */
    static byte[] decode(String text) {
        byte[] bytes = Base64.getDecoder().decode(text);
        if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
            // The text stays out of the message: it may be a secret key.
            throw new IllegalArgumentException("not canonical padded base64");
        }
        return bytes;
    }

    static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
