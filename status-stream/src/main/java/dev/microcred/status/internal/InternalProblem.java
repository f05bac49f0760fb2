package dev.microcred.status.internal;

import jakarta.ws.rs.core.Response;

/**
 * The internal API's errors as RFC 9457 problem+json, like every other API of the platform. Only the
 * public verify endpoint answers with empty bodies, because its protocol says so.
 */
public record InternalProblem(String type, String title, int status, String detail) {
    public static final String MEDIA_TYPE = "application/problem+json";

    static Response notAuthenticated() {
        return response("not-authenticated", "Not authenticated", 401, "send Authorization: Bearer <internal token>")
                .header("WWW-Authenticate", "Bearer").build();
    }

    static Response unknownHash() {
        return response("unknown-hash", "Unknown hash", 404, "no credential has this hash, or it was deleted").build();
    }

    static Response notReady(int retryAfterSeconds) {
        return response("not-ready", "Status store not ready", 503, "no copy of this hash's status can answer now")
                .header("Retry-After", retryAfterSeconds).build();
    }

    private static Response.ResponseBuilder response(String kind, String title, int status, String detail) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new InternalProblem("urn:microcred:problem:" + kind, title, status, detail));
    }
}
