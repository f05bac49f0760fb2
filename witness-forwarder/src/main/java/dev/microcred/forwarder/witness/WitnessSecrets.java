package dev.microcred.forwarder.witness;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The two secrets of a witness. The push secret signs, so it must be kept as-is; the feed token
 * only has to be recognised, so the store keeps its SHA-256 and the token is shown once.
 */
public final class WitnessSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private WitnessSecrets() {
    }

    /** 256 random bits as 64 hex characters. */
    public static String newPushSecret() {
        return HexFormat.of().formatHex(randomBytes(32));
    }

    /** 256 random bits, URL-safe, prefixed so a leaked token is recognisable in a secret scanner. */
    public static String newFeedToken() {
        return "wft_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    public static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
