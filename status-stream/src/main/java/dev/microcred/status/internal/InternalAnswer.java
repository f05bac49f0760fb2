package dev.microcred.status.internal;

import java.util.Map;

/** One answer of the internal API, before any HTTP framework writes it: status, content type, headers, body. */
public record InternalAnswer(int status, String contentType, Map<String, String> headers, Object body) {
    public InternalAnswer {
        headers = Map.copyOf(headers);
    }

    static InternalAnswer json(Object body) {
        return new InternalAnswer(200, "application/json", Map.of(), body);
    }
}
