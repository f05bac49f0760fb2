package dev.microcred.witness.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a proven leaf text {@code {"delta":<wire delta>,"witnessedAt":"..."}}: only after its inclusion proof
 * holds, so what it says is what the witness signed for.
 */
final class WitnessLeaf {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WitnessLeaf() {
    }

    static WitnessedAnswer.Delta read(long leafIndex, String leaf, String hash) throws NotVerifiedException {
        JsonNode root;
        try {
            root = JSON.readTree(leaf);
        } catch (JsonProcessingException e) {
            throw new NotVerifiedException("leaf " + leafIndex + " is not JSON");
        }
        JsonNode delta = root.path("delta");
        if (!delta.isObject()) {
            throw new NotVerifiedException("leaf " + leafIndex + " holds no delta");
        }
        String leafHash = AnswerFields.text(delta, "hash");
        if (!leafHash.equalsIgnoreCase(hash)) {
            throw new NotVerifiedException("leaf " + leafIndex + " is about " + leafHash + ", not " + hash);
        }
        return new WitnessedAnswer.Delta(leafIndex, AnswerFields.text(delta, "status"),
                AnswerFields.number(delta, "issuerSequence"), AnswerFields.text(root, "witnessedAt"));
    }
}
