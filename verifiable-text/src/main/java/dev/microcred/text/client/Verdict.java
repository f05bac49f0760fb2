package dev.microcred.text.client;

import java.util.Map;
import java.util.Optional;

/**
 * How a client reads the issuer's answer (protocol section 5), kept apart from the HTTP call so
 * the mapping can be read, and tested, on its own.
 *
 * @param outcome what kind of answer it was
 * @param status  for {@link Outcome#VERIFIED} the word the issuer used (OK or VERIFIED), for
 *                {@link Outcome#CHANGED} the status text as a client shows it (at most 50
 *                characters, e.g. REVOKED), otherwise the outcome's name
 * @param message what a client would show, one or two lines
 */
public record Verdict(Outcome outcome, String status, String message) {

    /** Clients show at most this much of a status text, so a hostile body cannot fill the screen. */
    static final int STATUS_TEXT_LIMIT = 50;

    /** The kinds of answer a client tells apart. */
    public enum Outcome {
        /** HTTP 200 with OK or VERIFIED. */
        VERIFIED,
        /** HTTP 200 with any other status: issued, then revoked, expired, superseded, or a text clients show as is. */
        CHANGED,
        /** HTTP 404: never issued by that domain, or deleted. */
        NOT_FOUND,
        /** HTTP 400. */
        MALFORMED,
        /** HTTP 503: the issuer cannot answer correctly now. */
        UNAVAILABLE,
        /** Any other HTTP status. */
        UNEXPECTED,
        /** No HTTP answer at all. */
        UNREACHABLE
    }

    /** True only for HTTP 200 with OK or VERIFIED. */
    public boolean verified() {
        return outcome == Outcome.VERIFIED;
    }

    static Verdict of(HttpAnswer answer, String domain, Optional<IssuerMetadata> meta) {
        return switch (answer.status()) {
            case 200 -> fromBody(answer.body(), domain, meta);
            case 404 -> failure(Outcome.NOT_FOUND, "NOT FOUND: never issued by " + domain
                    + ", or deleted (indistinguishable from a forgery)");
            case 400 -> failure(Outcome.MALFORMED, "MALFORMED: " + domain
                    + " rejected the request as malformed (HTTP 400)");
            case 503 -> failure(Outcome.UNAVAILABLE, answer.retryAfter()
                    .map(after -> "UNAVAILABLE, retry after " + after + (after.trim().matches("\\d+") ? " s" : ""))
                    .orElse("UNAVAILABLE, retry later (no Retry-After given)"));
            default -> failure(Outcome.UNEXPECTED, "UNEXPECTED HTTP " + answer.status());
        };
    }

    static Verdict unreachable(String domain, Exception cause) {
        return failure(Outcome.UNREACHABLE, "UNREACHABLE: " + domain + " did not answer (" + cause + ")");
    }

    /** Compared exactly, as clients do: "ok" or "VALID" is not a valid answer. */
    private static Verdict fromBody(String body, String domain, Optional<IssuerMetadata> meta) {
        String status = statusOf(body.trim());
        if (status.equals("OK") || status.equals("VERIFIED")) {
            return new Verdict(Outcome.VERIFIED, status, "VERIFIED by " + domain);
        }
        String shown = status.isEmpty() ? "(empty answer)"
                : status.substring(0, Math.min(STATUS_TEXT_LIMIT, status.length()));
        String explanation = meta.flatMap(m -> m.textFor(status)).map(text -> "\n" + domain + " explains: " + text)
                .orElse("");
        return new Verdict(Outcome.CHANGED, shown, "NOT VERIFIED: " + shown + explanation);
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

    private static Verdict failure(Outcome outcome, String message) {
        return new Verdict(outcome, outcome.name(), message);
    }
}
