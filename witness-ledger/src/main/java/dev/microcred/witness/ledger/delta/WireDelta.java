package dev.microcred.witness.ledger.delta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One delta of the version 1 JSON contract, checked for the fields the ledger relies on, and kept whole
 * ({@link #json()}) because the leaf records the delta as received, not the ledger's reading of it.
 *
 * <p>Only what the ledger needs to index and de-duplicate is checked: the version, the delta id, the hash, the
 * status and the issuer sequence (without which "the latest status" is undefined). Fields added later pass
 * through untouched, as the contract promises.
 */
public record WireDelta(String deltaId, String hash, String status, String issuerId, long issuerSequence,
        ObjectNode json) {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    /** Reads every delta of a batch; the first broken one rejects the batch, naming its position. */
    public static List<WireDelta> all(JsonNode deltas) {
        if (deltas == null || !deltas.isArray()) {
            throw new InvalidDeltaException("deltas must be an array");
        }
        List<WireDelta> read = new ArrayList<>();
        for (int i = 0; i < deltas.size(); i++) {
            try {
                read.add(of(deltas.get(i)));
            } catch (InvalidDeltaException e) {
                throw new InvalidDeltaException("deltas[" + i + "]: " + e.getMessage());
            }
        }
        return read;
    }

    public static WireDelta of(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidDeltaException("a delta must be a JSON object");
        }
        JsonNode v = node.get("v");
        if (v == null || !v.isIntegralNumber() || v.asLong() != 1) {
            throw new InvalidDeltaException("v must be 1, the only contract version this witness knows");
        }
        String deltaId = text(node, "deltaId");
        if (deltaId == null || deltaId.isBlank()) {
            throw new InvalidDeltaException("deltaId is missing");
        }
        String hash = text(node, "hash");
        if (hash == null || !HASH.matcher(hash).matches()) {
            throw new InvalidDeltaException("hash must be 64 lowercase hex characters");
        }
        String status = text(node, "status");
        if (!DeltaStatus.isKnown(status)) {
            throw new InvalidDeltaException("status " + status + " is not one of VALID, REVOKED, SUPERSEDED, "
                    + "EXPIRED, DELETED");
        }
        JsonNode sequence = node.get("issuerSequence");
        if (sequence == null || !sequence.isIntegralNumber() || !sequence.canConvertToLong()) {
            throw new InvalidDeltaException("issuerSequence must be an integer");
        }
        return new WireDelta(deltaId, hash, status, text(node, "issuerId"), sequence.asLong(),
                ((ObjectNode) node).deepCopy());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
