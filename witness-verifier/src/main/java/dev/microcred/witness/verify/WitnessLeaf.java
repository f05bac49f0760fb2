package dev.microcred.witness.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;

/**
 * Reads a proven leaf text, only after its inclusion proof holds, so what it says is what the witness signed for.
 * Two formats are in witness logs:
 * <ul>
 * <li>{@code {"v":2,"delta":<shown fields>,"sealed":"<hex SHA-256>","witnessedAt":"..."}}, where the delta's
 * revocation reason, related hash and exact times are sealed;</li>
 * <li>{@code {"delta":<wire delta>,"witnessedAt":"..."}}, written before sealing, with the whole delta.</li>
 * </ul>
 */
final class WitnessLeaf {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SEAL = Pattern.compile("[0-9a-f]{64}");

    private WitnessLeaf() {
    }

    static WitnessedAnswer.Delta read(long leafIndex, String leaf, String hash) throws NotVerifiedException {
        JsonNode root;
        try {
            root = JSON.readTree(leaf);
        } catch (JsonProcessingException e) {
            throw new NotVerifiedException("leaf " + leafIndex + " is not JSON");
        }
        String seal = sealOf(leafIndex, root);
        JsonNode delta = root.path("delta");
        if (!delta.isObject()) {
            throw new NotVerifiedException("leaf " + leafIndex + " holds no delta");
        }
        String leafHash = AnswerFields.text(delta, "hash");
        if (!leafHash.equalsIgnoreCase(hash)) {
            throw new NotVerifiedException("leaf " + leafIndex + " is about " + leafHash + ", not " + hash);
        }
        return new WitnessedAnswer.Delta(leafIndex, AnswerFields.text(delta, "status"),
                AnswerFields.number(delta, "issuerSequence"), AnswerFields.text(root, "witnessedAt"), seal, null);
    }

    /** The seal of a sealing leaf, null for a leaf that holds its whole delta. */
    private static String sealOf(long leafIndex, JsonNode root) throws NotVerifiedException {
        if (!root.has("v")) {
            return null;
        }
        if (!root.path("v").isIntegralNumber() || root.path("v").asLong() != 2) {
            throw new NotVerifiedException("leaf " + leafIndex + " is of format " + root.get("v")
                    + ", which this verifier does not know");
        }
        String seal = AnswerFields.text(root, "sealed");
        if (!SEAL.matcher(seal).matches()) {
            throw new NotVerifiedException("leaf " + leafIndex + " has a seal that is not a SHA-256 in hex");
        }
        return seal;
    }
}
