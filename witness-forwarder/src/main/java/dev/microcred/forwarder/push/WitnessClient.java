package dev.microcred.forwarder.push;

import dev.microcred.forwarder.feed.FeedRow;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Outbound POST of one batch to one witness. Each worker owns its client, so a witness that
 * hangs ties up only its own connections. Signs on every call: a retry is never a replay. The
 * destination is checked before each call ({@link PushDestinations}), redirects are not followed,
 * and at most {@code maxResponseBytes} of the answer are read, so a hostile witness can neither
 * aim the forwarder elsewhere nor exhaust its memory.
 */
public class WitnessClient {
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;
    private final PushDestinations destinations;
    private final int maxResponseBytes;

    public WitnessClient(Duration timeout, Clock clock, PushDestinations destinations, int maxResponseBytes) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.clock = clock;
        this.destinations = destinations;
        this.maxResponseBytes = maxResponseBytes;
    }

    public Map<String, Receipt> deliver(String witnessId, URI url, String secret, List<FeedRow> rows)
            throws DeliveryFailedException, InterruptedException {
        Optional<String> refused = destinations.refusal(url);
        if (refused.isPresent()) {
            throw new DeliveryFailedException("push URL refused: " + refused.get());
        }
        String body = PushBatch.body(witnessId, rows);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Witness-Id", witnessId)
                .header("Witness-Timestamp", Long.toString(timestamp))
                .header("Witness-Signature", PushSignature.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream answer = response.body()) {
                if (response.statusCode() != 200) {
                    throw new DeliveryFailedException("answered HTTP " + response.statusCode());
                }
                byte[] bytes = answer.readNBytes(maxResponseBytes + 1);
                if (bytes.length > maxResponseBytes) {
                    throw new DeliveryFailedException("answered more than " + maxResponseBytes + " bytes");
                }
                return PushBatch.receipts(new String(bytes, StandardCharsets.UTF_8), rows);
            }
        } catch (HttpTimeoutException e) {
            throw new DeliveryFailedException("no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw new DeliveryFailedException("connection failed: " + e.getClass().getSimpleName());
        }
    }
}
