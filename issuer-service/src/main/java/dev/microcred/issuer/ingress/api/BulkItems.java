package dev.microcred.issuer.ingress.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microcred.issuer.ingress.TooManyItemsException;
import jakarta.ws.rs.BadRequestException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a bulk body into items. NDJSON is read line by line, so one line that is not JSON is a
 * rejected item and not a failed request; a JSON array must parse as a whole. The count is
 * checked before anything is issued: an oversized request issues nothing.
 */
final class BulkItems {
    static final String COMPLETION_ID = "completionId";

    private BulkItems() {
    }

    static List<BulkItem> fromNdjson(ObjectMapper json, String body, int maxItems) {
        List<String> lines = body.lines().filter(line -> !line.isBlank()).toList();
        requireAtMost(lines.size(), maxItems);
        List<BulkItem> items = new ArrayList<>(lines.size());
        for (String line : lines) {
            try {
                items.add(item(items.size(), json.readTree(line)));
            } catch (JsonProcessingException e) {
                items.add(BulkItem.unreadable(items.size(), null, "malformed-body: the line is not JSON"));
            }
        }
        return items;
    }

    static List<BulkItem> fromArray(ObjectMapper json, String body, int maxItems) throws JsonProcessingException {
        JsonNode array = json.readTree(body);
        if (array == null || !array.isArray()) {
            throw new BadRequestException("the body must be a JSON array of completions (or NDJSON)");
        }
        requireAtMost(array.size(), maxItems);
        List<BulkItem> items = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            items.add(item(items.size(), node));
        }
        return items;
    }

    private static BulkItem item(int index, JsonNode node) {
        if (!node.isObject()) {
            return BulkItem.unreadable(index, null, "malformed-body: the item is not a JSON object");
        }
        JsonNode id = node.get(COMPLETION_ID);
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            return BulkItem.unreadable(index, null, "completionId is required (a non-empty string)");
        }
        ObjectNode body = ((ObjectNode) node).deepCopy();
        body.remove(COMPLETION_ID);
        return new BulkItem(index, id.asText(), body, null);
    }

    private static void requireAtMost(int count, int maxItems) {
        if (count > maxItems) {
            throw new TooManyItemsException(count, maxItems);
        }
    }
}
