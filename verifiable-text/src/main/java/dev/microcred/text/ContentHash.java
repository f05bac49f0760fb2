package dev.microcred.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** SHA-256 of the normalized text, in the form the verify URL carries it. */
public final class ContentHash {

    private ContentHash() {
    }

    /** 64 lowercase hex characters over the UTF-8 bytes; callers pass already normalized text. */
    public static String sha256Hex(String normalizedText) {
        Objects.requireNonNull(normalizedText, "normalizedText");
        byte[] digest = sha256().digest(normalizedText.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256, so this is a broken runtime, not input.
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
