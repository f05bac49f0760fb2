package dev.microcred.issuer.ingress;

import java.util.regex.Pattern;

/**
 * The idempotency key a completion is issued under, in the issuer's idempotency-key table: a
 * platform's completion id is unique per platform, so the key is platform plus completion id,
 * and a re-sent completion replays the credential instead of issuing a second one, whether it came
 * on training.completions or in a bulk request naming the platform. Completions posted in bulk
 * without a platform are the issuer's own ({@code bulk}). The prefixes keep these keys apart from
 * Idempotency-Key headers of single requests.
 */
public record CompletionKey(String value) {
    /** The key column holds 200 characters. */
    public static final int MAX_LENGTH = 200;
    /** No ':' (it separates the key's parts, so platform "a:b" and "a" could not be told apart), and short. */
    public static final String PLATFORM_ID_RULE = "1 to 64 letters, digits, '.', '_' or '-'";
    private static final Pattern PLATFORM_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public static boolean isPlatformId(String platformId) {
        return platformId != null && PLATFORM_ID.matcher(platformId).matches();
    }

    public static CompletionKey fromPlatform(String platformId, String completionId) {
        return new CompletionKey("platform:" + platformId + ":" + completionId);
    }

    public static CompletionKey fromBulk(String completionId) {
        return new CompletionKey("bulk:" + completionId);
    }

    /** Fits the key column, and holds no control character (PostgreSQL refuses a NUL in text). */
    public boolean storable() {
        return value.length() <= MAX_LENGTH && value.codePoints().noneMatch(Character::isISOControl);
    }
}
