package dev.microcred.issuer.ingress.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.issuer.ingress.TooManyItemsException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a bulk body becomes items: positions kept, completion id taken out, bad lines kept as rejected items. */
class BulkItemsTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void eachNdjsonLineIsOneItemWithoutItsCompletionId() {
        List<BulkItem> items = BulkItems.fromNdjson(json,
                "{\"completionId\":\"c-1\",\"documentType\":\"SKILL_MODULE\"}\n\n{\"completionId\":\"c-2\"}\n", 10);
        assertEquals(2, items.size());
        assertEquals("c-1", items.get(0).completionId());
        assertFalse(items.get(0).body().has("completionId"));
        assertEquals("SKILL_MODULE", items.get(0).body().get("documentType").asText());
        assertEquals(1, items.get(1).index());
    }

    @Test
    void aLineThatIsNoJsonOrHasNoCompletionIdIsAnUnreadableItemNotAFailedRequest() {
        List<BulkItem> items = BulkItems.fromNdjson(json, "{\"completionId\": \n[1]\n{\"documentType\":\"X\"}", 10);
        assertEquals(3, items.size());
        items.forEach(item -> assertNull(item.body()));
        assertEquals("malformed-body: the line is not JSON", items.get(0).unreadable());
        assertEquals("malformed-body: the item is not a JSON object", items.get(1).unreadable());
        assertEquals("completionId is required (a non-empty string)", items.get(2).unreadable());
    }

    @Test
    void moreItemsThanAllowedAreRefusedBeforeAnyIsRead() throws Exception {
        assertThrows(TooManyItemsException.class, () -> BulkItems.fromNdjson(json, "{}\n{}\n{}", 2));
        assertThrows(TooManyItemsException.class, () -> BulkItems.fromArray(json, "[{},{},{}]", 2));
        assertEquals(2, BulkItems.fromArray(json, "[{\"completionId\":\"a\"},{\"completionId\":\"b\"}]", 2).size());
    }
}
