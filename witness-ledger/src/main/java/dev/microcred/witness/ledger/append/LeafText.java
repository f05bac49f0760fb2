package dev.microcred.witness.ledger.append;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The leaf format, compact JSON in UTF-8:
 * {@code {"v":2,"delta":<the delta's shown fields>,"sealed":"<seal>","witnessedAt":"<RFC 3339 UTC millis>"}}
 * (see {@link SealedDelta} for what is shown and how the rest is sealed).
 *
 * <p>Leaves written before sealing have no {@code v} and hold the whole delta: {@code {"delta":<wire
 * delta>,"witnessedAt":"..."}}. They stay in the log as they are, since a leaf can never change.
 *
 * <p>The shown fields keep the order they were received in; Jackson writes them back compactly, so insignificant
 * whitespace and escape spellings of the sender are not kept. That is enough because nobody ever has to rebuild this
 * text: it is stored verbatim as {@code leaf.leaf_data}, served verbatim, and a verifier hashes what it is served.
 * The leaf's hash is SHA-256(0x00 || these UTF-8 bytes).
 */
public final class LeafText {

    /** The leaf format this ledger writes. */
    public static final int VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private LeafText() {
    }

    public static String of(SealedDelta delta, Instant witnessedAt) {
        ObjectNode leaf = JSON.createObjectNode();
        leaf.put("v", VERSION);
        leaf.set("delta", delta.shown());
        leaf.put("sealed", delta.seal());
        leaf.put("witnessedAt", WitnessTime.format(witnessedAt));
        return SealedDelta.write(leaf);
    }
}
