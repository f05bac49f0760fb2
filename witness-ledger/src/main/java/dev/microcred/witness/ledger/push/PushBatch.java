package dev.microcred.witness.ledger.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.witness.ledger.delta.InvalidDeltaException;
import dev.microcred.witness.ledger.delta.WireDelta;
import dev.microcred.witness.ledger.push.PushRejectedException.Reason;
import java.util.List;

/** The body of an authenticated push, {@code {"witnessId":"..","deltas":[..]}}, addressed to this witness. */
public final class PushBatch {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PushBatch() {
    }

    public static List<WireDelta> read(byte[] body, String witnessId) {
        JsonNode batch;
        try {
            batch = JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new InvalidDeltaException("the body is not JSON");
        }
        if (batch == null || !batch.isObject()) {
            throw new InvalidDeltaException("the body must be {\"witnessId\":..,\"deltas\":[..]}");
        }
        // Signed for another witness sharing the secret by mistake: refuse rather than witness it twice.
        if (!witnessId.equals(batch.path("witnessId").asText(null))) {
            throw new PushRejectedException(Reason.WRONG_WITNESS, "the batch is addressed to another witness");
        }
        return WireDelta.all(batch.get("deltas"));
    }
}
