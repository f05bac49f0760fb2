package dev.microcred.text.cli;

import java.util.Map;
import java.util.Optional;

/**
 * How a client reads the issuer's answer (protocol section 5), kept apart from the HTTP call so
 * the mapping can be read, and tested, on its own.
 *
 * @param verified true only for HTTP 200 with OK or VERIFIED
 * @param message  what a client would show, one or two lines
 */
record Verdict(boolean verified, String message) {

    /** Clients show at most this much of a status text, so a hostile body cannot fill the screen. */
    static final int STATUS_TEXT_LIMIT = 50;

    static Verdict of(HttpAnswer answer, String domain, Optional<IssuerMetadata> meta) {
        return switch (answer.status()) {
            case 200 -> fromBody(answer.body(), domain, meta);
            case 404 -> failure("NOT FOUND: never issued by " + domain
                    + ", or deleted (indistinguishable from a forgery)");
            case 400 -> failure("MALFORMED: " + domain + " rejected the request as malformed (HTTP 400)");
            case 503 -> failure(answer.retryAfter()
                    .map(after -> "UNAVAILABLE, retry after " + after + (after.trim().matches("\\d+") ? " s" : ""))
                    .orElse("UNAVAILABLE, retry later (no Retry-After given)"));
            default -> failure("UNEXPECTED HTTP " + answer.status());
        };
    }

    /** Compared exactly, as clients do: "ok" or "VALID" is not a valid answer. */
    private static Verdict fromBody(String body, String domain, Optional<IssuerMetadata> meta) {
        String status = statusOf(body.trim());
        if (status.equals("OK") || status.equals("VERIFIED")) {
            return new Verdict(true, "VERIFIED by " + domain);
        }
        String shown = status.isEmpty() ? "(empty answer)"
                : status.substring(0, Math.min(STATUS_TEXT_LIMIT, status.length()));
        String explanation = meta.flatMap(m -> m.textFor(status)).map(text -> "\n" + domain + " explains: " + text)
                .orElse("");
        return failure("NOT VERIFIED: " + shown + explanation);
    }

    /** The "status" of a JSON object answer, else the trimmed body itself. */
    private static String statusOf(String trimmedBody) {
        if (!trimmedBody.startsWith("{")) {
            return trimmedBody;
        }
        try {
            Object json = Json.parse(trimmedBody);
            if (json instanceof Map<?, ?> object && object.get("status") instanceof String status) {
                return status;
            }
        } catch (IllegalArgumentException notJson) {
            // A body that only looks like JSON is shown as it is, as a client would.
            return trimmedBody;
        }
        return trimmedBody;
    }

    private static Verdict failure(String message) {
        return new Verdict(false, message);
    }
}
