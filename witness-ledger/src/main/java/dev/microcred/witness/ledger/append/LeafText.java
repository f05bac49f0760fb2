package dev.microcred.witness.ledger.append;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microcred.witness.ledger.delta.WireDelta;
import java.time.Instant;

/**
 * The leaf format: {@code {"delta":<wire delta>,"witnessedAt":"<RFC 3339 UTC millis>"}}, compact JSON, UTF-8.
 *
 * <p>The delta keeps the keys in the order they were received (and every field, known or not); Jackson writes it
 * back compactly, so insignificant whitespace and escape spellings of the sender are not kept. That is enough
 * because nobody ever has to rebuild this text: it is stored verbatim as {@code leaf.leaf_data}, served verbatim,
 * and a verifier hashes what it is served. The leaf's hash is SHA-256(0x00 || these UTF-8 bytes).
 */
public final class LeafText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LeafText() {
    }

    public static String of(WireDelta delta, Instant witnessedAt) {
        ObjectNode leaf = JSON.createObjectNode();
        leaf.set("delta", delta.json());
        leaf.put("witnessedAt", WitnessTime.format(witnessedAt));
        try {
            return JSON.writeValueAsString(leaf);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
