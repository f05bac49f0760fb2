package dev.microcred.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers a public verify answer must carry (protocol section 5, docs/architecture.md): CORS open
 * to all, 200s cacheable briefly and apart per host and format, everything else never cached, 503
 * with Retry-After. Compared as one map, so a change in how answers are built (event loop or worker,
 * local or forwarded lookup) cannot change a header unnoticed, and a mismatch shows every header.
 */
final class VerifyHeaders {
    private static final String[] NAMES = {"Content-Type", "Access-Control-Allow-Origin", "Cache-Control", "Vary",
            "Retry-After"};
    static final String JSON = "application/json";
    static final String TEXT = "text/plain";

    private VerifyHeaders() {
    }

    static Map<String, String> of(Http.Answer answer) {
        return answer.headers(NAMES);
    }

    /** A 200: a status, or verification-meta.json. */
    static Map<String, String> public200(String contentType, int maxAgeSeconds) {
        return headers(contentType, "public, max-age=" + maxAgeSeconds, "Accept, Host, X-Forwarded-Host", "<none>");
    }

    /** A 404 or 400: no body, never cached. */
    static Map<String, String> notCached() {
        return headers("<none>", "no-store", "<none>", "<none>");
    }

    /** A 503: no body, never cached, and when to ask again. */
    static Map<String, String> notReady() {
        return headers("<none>", "no-store", "<none>", "5");
    }

    private static Map<String, String> headers(String contentType, String cacheControl, String vary, String retryAfter) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Access-Control-Allow-Origin", "*");
        headers.put("Cache-Control", cacheControl);
        headers.put("Vary", vary);
        headers.put("Retry-After", retryAfter);
        return headers;
    }
}
