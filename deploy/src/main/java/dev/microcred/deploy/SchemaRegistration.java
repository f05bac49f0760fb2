package dev.microcred.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.infra.ApicurioRegistry;
import dev.microcred.schemas.Topics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Registers every catalogued value schema under its topic-name subject, as a deployment does
 * before services start: production services never auto-register. The registry's BACKWARD rule
 * refuses an incompatible new version, which stops the deployment instead of breaking consumers.
 */
public final class SchemaRegistration {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaRegistration() {
    }

    /**
     * The deployment step of a cluster (the {@code schema-registration} job of deploy/cluster): the
     * global BACKWARD rule, then every schema. Argument: the registry's v3 API URL.
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: SchemaRegistration <registry v3 API URL>");
            System.exit(2);
        }
        ApicurioRegistry.requireBackwardCompatibility(args[0]);
        registerAll(args[0]);
        System.out.println("registered " + Topics.values().length + " value schemas at " + args[0]);
    }

    public static void registerAll(String registryApiUrl) {
        HttpClient http = HttpClient.newHttpClient();
        for (Topics topic : Topics.values()) {
            register(http, registryApiUrl, topic);
        }
    }

    private static void register(HttpClient http, String api, Topics topic) {
        registerVersion(http, api, topic.valueSubject(), topic.valueSchema().toString());
    }

    /**
     * Registers {@code schema} under {@code subject} unless that exact content is there already, as the
     * registry's rules allow; answers the content id that framed records then carry.
     */
    public static long registerVersion(HttpClient http, String api, String subject, String schema) {
        try {
            String body = JSON.writeValueAsString(Map.of(
                    "artifactId", subject,
                    "artifactType", "AVRO",
                    "firstVersion", Map.of("content", Map.of(
                            "content", schema,
                            "contentType", "application/json"))));
            HttpRequest request = HttpRequest.newBuilder(URI.create(api
                    + "/groups/default/artifacts?ifExists=FIND_OR_CREATE_VERSION&canonical=true"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("registry refused " + subject + ": HTTP "
                        + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).path("version").path("contentId").asLong();
        } catch (IOException e) {
            throw new IllegalStateException("could not register " + subject, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
