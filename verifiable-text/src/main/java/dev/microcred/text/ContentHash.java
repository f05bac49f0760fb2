package dev.microcred.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/** SHA-256 of the normalized text, in the form the verify URL carries it. */
public final class ContentHash {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private ContentHash() {
    }

    /** 64 lowercase hex characters over the UTF-8 bytes; callers pass already normalized text. */
    public static String sha256Hex(String normalizedText) {
        Objects.requireNonNull(normalizedText, "normalizedText");
        byte[] digest = sha256().digest(normalizedText.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    /** Whether {@code value} has the form {@link #sha256Hex} gives: 64 lower-case hex characters. */
    public static boolean isSha256Hex(String value) {
        return value != null && SHA256_HEX.matcher(value).matches();
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
