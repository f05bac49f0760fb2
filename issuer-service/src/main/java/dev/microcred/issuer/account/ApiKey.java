package dev.microcred.issuer.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An issuer API key: {@code mck_<id>_<secret>}. Only the SHA-256 of the whole key is stored; the key
 * itself is shown once. The id part lets an operator name and revoke a key without knowing it.
 * A plain hash is enough here because the secret has 256 random bits, unlike a password.
 */
public record ApiKey(String id, String secret) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "mck_";

    public static ApiKey generate() {
        return new ApiKey(random(9), random(32));
    }

    /** The value the client sends, shown only in the response that created it. */
    public String value() {
        return PREFIX + id + "_" + secret;
    }

    public String hash() {
        return hashOf(value());
    }

    /** The id only: the secret must not reach a log through a record's default toString. */
    @Override
    public String toString() {
        return "ApiKey[" + id + "]";
    }

    public static String hashOf(String presentedKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(presentedKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer).replace('_', 'x').replace('-', 'y');
    }
}
