package dev.microcred.forwarder.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.forwarder.feed.FeedRow;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The body of docs/witnessing.md §2 and the check of its answer. The stored wire JSON is
 * embedded verbatim, so what a witness signs over is byte for byte what the index holds.
 */
public final class PushBatch {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PushBatch() {
    }

    public static String body(String witnessId, List<FeedRow> rows) {
        try {
            return "{\"witnessId\":" + JSON.writeValueAsString(witnessId) + ",\"deltas\":["
                    + rows.stream().map(FeedRow::deltaJson).collect(Collectors.joining(",")) + "]}";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a string always serializes", e);
        }
    }

    /** The receipt of every delta of the batch, by delta id; a missing one fails the attempt. */
    public static Map<String, Receipt> receipts(String answer, List<FeedRow> rows) throws DeliveryFailedException {
        Map<String, Receipt> byDelta = new HashMap<>();
        try {
            for (JsonNode r : JSON.readTree(answer).path("receipts")) {
                byDelta.put(r.get("deltaId").asText(), new Receipt(r.get("deltaId").asText(),
                        r.get("leafIndex").asLong(), Instant.parse(r.get("witnessedAt").asText())));
            }
        } catch (Exception e) {
            throw new DeliveryFailedException("unreadable receipts");
        }
        for (FeedRow row : rows) {
            if (!byDelta.containsKey(row.deltaId())) {
                throw new DeliveryFailedException("no receipt for delta " + row.deltaId());
            }
        }
        return byDelta;
    }
}
