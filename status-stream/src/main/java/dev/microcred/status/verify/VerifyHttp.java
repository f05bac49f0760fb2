package dev.microcred.status.verify;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One verify answer as HTTP: status, headers and an optional text body, written the same whether
 * Quarkus REST sends it ({@link #toResponse}) or {@link VerifyRoute} writes it straight to Vert.x.
 * For the second, the names, values and body are encoded once, here, since every status answer is
 * a constant: Netty then copies ASCII bytes instead of encoding strings on every request.
 */
final class VerifyHttp {
    private final int status;
    private final String contentType;
    private final String body;
    private final Map<String, String> headers;
    private final Map<CharSequence, CharSequence> wireHeaders = new LinkedHashMap<>();
    private final byte[] wireBody;

    VerifyHttp(int status, String contentType, String body, Map<String, String> headers) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.headers = Map.copyOf(headers);
        this.headers.forEach((name, value) -> wireHeaders.put(ascii(name), ascii(value)));
        if (body != null) {
            wireHeaders.put(ascii(HttpHeaders.CONTENT_TYPE), ascii(contentType));
        }
        this.wireBody = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    }

    static VerifyHttp empty(int status, Map<String, String> headers) {
        return new VerifyHttp(status, null, null, headers);
    }

    Response toResponse() {
        Response.ResponseBuilder builder = Response.status(status);
        if (body != null) {
            builder.entity(body).type(contentType);
        }
        headers.forEach(builder::header);
        return builder.build();
    }

    void writeTo(HttpServerResponse response) {
        response.setStatusCode(status);
        wireHeaders.forEach(response::putHeader);
        if (wireBody == null) {
            response.end();
        } else {
            response.end(Buffer.buffer(wireBody));
        }
    }

    private static CharSequence ascii(String text) {
        return io.vertx.core.http.HttpHeaders.createOptimized(text);
    }
}
