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
    private static final String CORS = "Access-Control-Allow-Origin";
    private static final String VARY = "Accept, Host, X-Forwarded-Host";
    /** Statuses change: caches may keep an answer briefly, never long. */
    private static final String STATUS_MAX_AGE = "public, max-age=30";
    private static final String METADATA_MAX_AGE = "public, max-age=300";
    private static final String NO_STORE = "no-store";
    private static final VerifyHttp OK = status200(OK_JSON, MediaType.APPLICATION_JSON);
    private static final VerifyHttp OK_PLAIN = status200(OK_TEXT, MediaType.TEXT_PLAIN);
    private static final Map<String, VerifyHttp> CHANGED = Map.of(
            "EXPIRED", status200(json("EXPIRED"), MediaType.APPLICATION_JSON),
            "SUPERSEDED", status200(json("SUPERSEDED"), MediaType.APPLICATION_JSON),
            "REVOKED", status200(json("REVOKED"), MediaType.APPLICATION_JSON));
    private static final VerifyHttp NOT_FOUND = noStoreHttp(404);
    private static final VerifyHttp THROTTLED = notReadyHttp(1);

    private VerifyResponses() {
    }

    /** @param accept the request's Accept header: plain text only for a client that asks for it and not for JSON */
    static Response of(VerifyAnswer answer, String accept) {
        return http(answer, accept).toResponse();
    }

    /** The answer as HTTP; every status answer is one of a few constants. */
    static VerifyHttp http(VerifyAnswer answer, String accept) {
        if (answer instanceof VerifyAnswer.Valid) {
            boolean plain = accept != null && accept.contains(MediaType.TEXT_PLAIN) && !accept.contains(MediaType.APPLICATION_JSON);
            return plain ? OK_PLAIN : OK;
        }
        if (answer instanceof VerifyAnswer.Changed changed) {
            VerifyHttp constant = CHANGED.get(changed.status());
            return constant != null ? constant : status200(json(changed.status()), MediaType.APPLICATION_JSON);
        }
        if (answer instanceof VerifyAnswer.NotReady notReady) {
            return notReadyHttp(notReady.retryAfterSeconds());
        }
        return NOT_FOUND;
    }

    /** verification-meta.json: it changes only when the issuer does, so caches may keep it longer. */
    static Response metadata(Object meta) {
        return Response.ok(meta, MediaType.APPLICATION_JSON_TYPE).header(CORS, "*").header(HttpHeaders.VARY, VARY)
                .header(HttpHeaders.CACHE_CONTROL, METADATA_MAX_AGE).build();
    }

    /** A client over its rate limit: 503 with Retry-After, as the protocol answers overload. */
    static VerifyHttp throttled() {
        return THROTTLED;
    }

    static Response notReady(int retryAfterSeconds) {
        return notReadyHttp(retryAfterSeconds).toResponse();
    }

    /** A 400 or 404: no body, never cached. */
    static Response noStore(int code) {
        return noStoreHttp(code).toResponse();
    }

    static Response preflight() {
        return VerifyHttp.empty(204, Map.of(CORS, "*", "Access-Control-Allow-Methods", "GET, OPTIONS",
                "Access-Control-Allow-Headers", "*", "Access-Control-Max-Age", "86400")).toResponse();
    }

    /** {@code {"status":"X"}} for a status named like an enum constant, which JSON never needs to escape. */
    static String json(String status) {
        return "{\"status\":\"" + status + "\"}";
    }

    private static VerifyHttp status200(String body, String type) {
        return new VerifyHttp(200, type, body, Map.of(CORS, "*", HttpHeaders.VARY, VARY, HttpHeaders.CACHE_CONTROL, STATUS_MAX_AGE));
    }

    private static VerifyHttp notReadyHttp(int retryAfterSeconds) {
        return VerifyHttp.empty(503, Map.of(CORS, "*", "Retry-After", Integer.toString(retryAfterSeconds),
                HttpHeaders.CACHE_CONTROL, NO_STORE));
    }

    private static VerifyHttp noStoreHttp(int code) {
        return VerifyHttp.empty(code, Map.of(CORS, "*", HttpHeaders.CACHE_CONTROL, NO_STORE));
    }
}
