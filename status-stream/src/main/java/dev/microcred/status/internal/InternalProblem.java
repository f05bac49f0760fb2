package dev.microcred.status.internal;

import java.util.Map;

/**
 * The internal API's errors as RFC 9457 problem+json, like every other API of the platform. Only the
 * public verify endpoint answers with empty bodies, because its protocol says so.
 */
public record InternalProblem(String type, String title, int status, String detail) {
    public static final String MEDIA_TYPE = "application/problem+json";

    static InternalAnswer notAuthenticated() {
        return answer("not-authenticated", "Not authenticated", 401, "send Authorization: Bearer <internal token>",
                Map.of("WWW-Authenticate", "Bearer"));
    }

    static InternalAnswer unknownHash() {
        return answer("unknown-hash", "Unknown hash", 404, "no credential has this hash, or it was deleted", Map.of());
    }

    static InternalAnswer notReady(int retryAfterSeconds) {
        return answer("not-ready", "Status store not ready", 503, "no copy of this hash's status can answer now",
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    private static InternalAnswer answer(String kind, String title, int status, String detail, Map<String, String> headers) {
        return new InternalAnswer(status, MEDIA_TYPE, headers,
                new InternalProblem("urn:microcred:problem:" + kind, title, status, detail));
    }
}
