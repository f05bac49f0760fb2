package dev.microcred.status.verify;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The public verify answers as HTTP, the same whichever thread builds them. Every status body is a
 * constant: exactly the bytes Jackson wrote for {@code {"status": X}} (no spaces), so no serializer
 * runs per request. A String entity is written as it is by every writer Quarkus REST may pick.
 * CORS is open to all; a 200 may be cached briefly and apart per format and host, nothing else may.
 */
final class VerifyResponses {
    static final int RETRY_AFTER_SECONDS = 5;
    static final String OK_TEXT = "OK";
    static final String OK_JSON = json("OK");
    private static final Map<String, String> CHANGED_JSON = Map.of("EXPIRED", json("EXPIRED"),
            "SUPERSEDED", json("SUPERSEDED"), "REVOKED", json("REVOKED"));
    private static final String CORS = "Access-Control-Allow-Origin";
    private static final String VARY = "Accept, Host, X-Forwarded-Host";
    /** Statuses change: caches may keep an answer briefly, never long. */
    private static final String STATUS_MAX_AGE = "public, max-age=30";
    private static final String METADATA_MAX_AGE = "public, max-age=300";
    private static final String NO_STORE = "no-store";

    private VerifyResponses() {
    }

    /** @param accept the request's Accept header: plain text only for a client that asks for it and not for JSON */
    static Response of(VerifyAnswer answer, String accept) {
        if (answer instanceof VerifyAnswer.Valid) {
            boolean plain = accept != null && accept.contains(MediaType.TEXT_PLAIN) && !accept.contains(MediaType.APPLICATION_JSON);
            return plain ? public200(OK_TEXT, MediaType.TEXT_PLAIN_TYPE, STATUS_MAX_AGE)
                    : public200(OK_JSON, MediaType.APPLICATION_JSON_TYPE, STATUS_MAX_AGE);
        }
        if (answer instanceof VerifyAnswer.Changed changed) {
            String body = CHANGED_JSON.get(changed.status());
            return public200(body != null ? body : json(changed.status()), MediaType.APPLICATION_JSON_TYPE, STATUS_MAX_AGE);
        }
        if (answer instanceof VerifyAnswer.NotReady notReady) {
            return notReady(notReady.retryAfterSeconds());
        }
        return noStore(404);
    }

    /** verification-meta.json: it changes only when the issuer does, so caches may keep it longer. */
    static Response metadata(Object meta) {
        return public200(meta, MediaType.APPLICATION_JSON_TYPE, METADATA_MAX_AGE);
    }

    static Response notReady(int retryAfterSeconds) {
        return Response.status(503).header(CORS, "*").header("Retry-After", retryAfterSeconds)
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    /** A 400 or 404: no body, never cached. */
    static Response noStore(int code) {
        return Response.status(code).header(CORS, "*").header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    static Response preflight() {
        return Response.noContent().header(CORS, "*").header("Access-Control-Allow-Methods", "GET, OPTIONS")
                .header("Access-Control-Allow-Headers", "*").header("Access-Control-Max-Age", "86400").build();
    }

    /** {@code {"status":"X"}} for a status named like an enum constant, which JSON never needs to escape. */
    static String json(String status) {
        return "{\"status\":\"" + status + "\"}";
    }

    private static Response public200(Object body, MediaType type, String cacheControl) {
        return Response.ok(body, type).header(CORS, "*").header(HttpHeaders.VARY, VARY)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
    }
}
