package dev.microcred.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the tests: JSON in and out, and the Host header a verifier's DNS would give. */
final class Http {
    static {
        // Verify requests name the issuer's domain in Host, as the local stack's domain mapping would.
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String field(String name) {
            return json().path(name).asText(null);
        }

        /** The first value of each of these headers, {@code <none>} where absent: one map to compare, so a mismatch shows them all. */
        Map<String, String> headers(String... names) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String name : names) {
                values.put(name, raw.headers().firstValue(name).orElse("<none>"));
            }
            return values;
        }
    }

    private Http() {
    }

    static Answer send(String method, String url, String bearer, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return exchange(request.build());
    }

    /** A POST with exactly these headers, e.g. a witness push replayed byte for byte. */
    static Answer post(String url, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        headers.forEach(request::header);
        return exchange(request.build());
    }

    /** Creates an issuer as the operator; returns its first API key. */
    static String createIssuer(LocalStack stack, String body) {
        Answer created = send("POST", stack.issuer().url() + "/api/v1/issuers", stack.adminToken(), body);
        org.junit.jupiter.api.Assertions.assertEquals(201, created.status(), created.body());
        return created.json().path("apiKey").path("key").asText();
    }

    static Answer verify(String statusUrl, String host, String path, String accept) {
        return exchange(HttpRequest.newBuilder(URI.create(statusUrl + path)).timeout(Duration.ofSeconds(10))
                .header("Host", host).header("Accept", accept).GET().build());
    }

    private static Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
