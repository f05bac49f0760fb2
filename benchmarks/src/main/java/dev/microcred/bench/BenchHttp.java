package dev.microcred.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The HTTP calls the drivers make besides the load itself: create an issuer, authorize a platform, spot-check a verify answer, one-at-a-time API calls. */
final class BenchHttp {
    static {
        // Verify requests name the issuer's domain in Host, as DNS would route them.
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private BenchHttp() {
    }

    /** Creates an issuer as the operator; answers its first API key. */
    static String createIssuer(String issuerUrl, String adminToken, String body) {
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(issuerUrl + "/api/v1/issuers"))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("issuer not created: HTTP " + created.statusCode() + " " + created.body());
        }
        try {
            JsonNode answer = JSON.readTree(created.body());
            return answer.path("apiKey").path("key").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The issuer authorizes a training platform to issue in its name through training.completions. */
    static void authorizePlatform(String issuerUrl, String issuerId, String apiKey, String platformId) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(issuerUrl + "/api/v1/issuers/" + issuerId
                + "/platforms/" + platformId)).header("Authorization", "Bearer " + apiKey)
                .PUT(HttpRequest.BodyPublishers.noBody()).build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("platform not authorized: HTTP " + answer.statusCode() + " " + answer.body());
        }
    }

    /** The verify answer as "status body", e.g. {@code 200 {"status":"OK"}} or {@code 404 }. */
    static String verify(String statusUrl, String host, String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(statusUrl + path)).header("Host", host)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(10)).GET().build());
        return answer.statusCode() + " " + answer.body();
    }

    /** A JSON POST, with a bearer token unless {@code token} is null. */
    static HttpRequest post(String url, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    /**
     * The body of an answer that must have {@code expected} status, waiting out a per-key rate limit (429 with
     * Retry-After) as a client should.
     */
    static String expect(HttpRequest request, int expected) {
        HttpResponse<String> response = send(request);
        while (response.statusCode() == 429) {
            try {
                Thread.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            response = send(request);
        }
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
