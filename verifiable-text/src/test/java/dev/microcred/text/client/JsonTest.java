package dev.microcred.text.client;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonTest {

    @Test
    void readsTheShapesOfAStatusAnswerAndAMetadataFile() {
        // Given a document with every JSON kind of value, escapes included
        String json = " {\"status\":\"REVOKED\", \"n\": -1.5e2, \"ok\": true, \"no\": false, \"none\": null,"
                + " \"rules\": [ {\"pattern\": \"\\\\d\", \"replacement\": \"\\u00e9\\n\"} ], \"empty\": {} } ";

        // When parsed
        Object value = Json.parse(json);

        // Then objects are maps, arrays lists, numbers BigDecimal, and escapes are decoded
        Map<String, Object> expected = new java.util.LinkedHashMap<>();
        expected.put("status", "REVOKED");
        expected.put("n", new BigDecimal("-1.5e2"));
        expected.put("ok", true);
        expected.put("no", false);
        expected.put("none", null);
        expected.put("rules", List.of(Map.of("pattern", "\\d", "replacement", "\u00e9\n")));
        expected.put("empty", Map.of());
        assertEquals(expected, value);
    }

    @Test
    void malformedDocumentsAreRefusedWithTheOffset() {
        // Given documents that are not one JSON value / When parsed / Then each is refused
        for (String json : Arrays.asList("", "{", "{\"a\" 1}", "[1,]", "\"open", "{} x", "tru", "\"\\q\"")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(json), json);
            assertEquals(true, e.getMessage().startsWith("malformed JSON at offset"), e.getMessage());
        }
    }
}
