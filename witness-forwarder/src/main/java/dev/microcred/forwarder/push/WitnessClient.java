package dev.microcred.forwarder.push;

import dev.microcred.forwarder.feed.FeedRow;
import java.io.IOException;
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

/**
 * Outbound POST of one batch to one witness. Each worker owns its client, so a witness that
 * hangs ties up only its own connections. Signs on every call: a retry is never a replay.
 */
public class WitnessClient {
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    public WitnessClient(Duration timeout, Clock clock) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        this.timeout = timeout;
        this.clock = clock;
    }

    public Map<String, Receipt> deliver(String witnessId, URI url, String secret, List<FeedRow> rows)
            throws DeliveryFailedException, InterruptedException {
        String body = PushBatch.body(witnessId, rows);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Witness-Id", witnessId)
                .header("Witness-Timestamp", Long.toString(timestamp))
                .header("Witness-Signature", PushSignature.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new DeliveryFailedException("no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw new DeliveryFailedException("connection failed: " + e.getClass().getSimpleName());
        }
        if (response.statusCode() != 200) {
            throw new DeliveryFailedException("answered HTTP " + response.statusCode());
        }
        return PushBatch.receipts(response.body(), rows);
    }
}
