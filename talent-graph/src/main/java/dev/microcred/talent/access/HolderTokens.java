package dev.microcred.talent.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A holder's secret: the bearer token that opens their portfolio, and the random ids of share links. Only the
 * SHA-256 digest of a token is stored, so the database alone opens no portfolio.
 */
public final class HolderTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private HolderTokens() {
    }

    /** 256 random bits, prefixed so a leaked token is recognised for what it is. */
    public static String newToken() {
        return "hld_" + random(32);
    }

    /** 128 random bits: a share link cannot be guessed. */
    public static String newShareId() {
        return "sh_" + random(16);
    }

    /** 128 random bits: the id a searcher knows a discoverable portfolio by. */
    public static String newDiscoveryId() {
        return "cand_" + random(16);
    }

    public static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
