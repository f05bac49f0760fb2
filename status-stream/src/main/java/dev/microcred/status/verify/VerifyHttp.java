package dev.microcred.status.verify;

import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * One verify answer as HTTP: status, headers and an optional text body, written the same whether
 * Quarkus REST sends it ({@link #toResponse}) or {@link VerifyRoute} writes it straight to Vert.x.
 */
record VerifyHttp(int status, String contentType, String body, Map<String, String> headers) {

    VerifyHttp {
        headers = Map.copyOf(headers);
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
        headers.forEach(response::putHeader);
        if (body == null) {
            response.end();
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, contentType).end(body);
        }
    }
}
