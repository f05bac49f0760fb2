package dev.microcred.issuer.ingress;

/**
 * The idempotency key a completion is issued under, in the issuer's idempotency-key table: a
 * platform's completion id is unique per platform, so the key is platform plus completion id,
 * and a re-sent completion replays the credential instead of issuing a second one. Completions
 * posted in bulk come with the issuer's own API key, so the issuer is the platform ({@code bulk}).
 * The prefixes keep these keys apart from Idempotency-Key headers of single requests.
 */
public record CompletionKey(String value) {
    /** The key column holds 200 characters. */
    public static final int MAX_LENGTH = 200;

    public static CompletionKey fromPlatform(String platformId, String completionId) {
        return new CompletionKey("platform:" + platformId + ":" + completionId);
    }

    public static CompletionKey fromBulk(String completionId) {
        return new CompletionKey("bulk:" + completionId);
    }

    public boolean fits() {
        return value.length() <= MAX_LENGTH;
    }
}
