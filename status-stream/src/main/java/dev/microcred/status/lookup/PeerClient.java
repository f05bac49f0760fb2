package dev.microcred.status.lookup;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.support.access.BearerTokens;
import dev.microcred.status.internal.InternalTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Asks another status-stream instance for the stored view of a hash, at the internal lookup
 * endpoint it advertises through {@code application.server}. Short timeouts: a verifier waits on
 * this call, and an owner that does not answer quickly is treated like one that cannot (the caller
 * falls back to a standby within bound, or answers 503). Every failure becomes "not ready" at once
 * and is logged (at most once a minute per instance, since a gone instance fails every request
 * until the group notices); none is retried here, since the verifier's client retries after Retry-After.
 */
@ApplicationScoped
public class PeerClient {
    public static final String PATH = "/internal/v1/lookup/";
    private static final Logger LOG = Logger.getLogger(PeerClient.class);

    private final HttpClient http;
    private final Duration timeout;
    private final String authorization;
    private final ObjectMapper json;
    private final Map<String, Long> lastLogged = new ConcurrentHashMap<>();

    PeerClient(@ConfigProperty(name = "status.forward.connect-timeout") Duration connectTimeout,
            @ConfigProperty(name = "status.forward.timeout") Duration timeout,
            @Named(InternalTokens.PEERS) BearerTokens tokens, ObjectMapper json) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.authorization = tokens.authorization();
        this.json = json;
    }

    /** @param instance {@code host:port} of the other instance */
    public Lookup ask(String instance, String hash) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + instance + PATH + hash)).timeout(timeout)
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return new Lookup.Found(json.readValue(response.body(), StoredStatus.class).toView());
            }
            if (response.statusCode() == 404) {
                return new Lookup.NotFound();
            }
            if (response.statusCode() != 503) {
                warn(instance, "answered " + response.statusCode());
            }
            return new Lookup.NotReady();
        } catch (IOException | IllegalArgumentException e) {
            warn(instance, "could not be asked: " + e);
            return new Lookup.NotReady();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Lookup.NotReady();
        }
    }

    private void warn(String instance, String what) {
        long now = System.nanoTime();
        Long last = lastLogged.get(instance);
        if (last == null || now - last > Duration.ofMinutes(1).toNanos()) {
            lastLogged.put(instance, now);
            LOG.warnf("instance %s %s; hashes it owns answer from a standby within bound, or 503", instance, what);
        }
    }
}
