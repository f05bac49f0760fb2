package dev.microcred.witness.ledger.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What this witness holds for one hash, in a form a verifier checks offline: the signed checkpoint, and for every
 * delta the exact leaf text with its inclusion proof into that checkpoint's tree.
 */
public record WitnessView(String hash, String status, String firstSeen, long treeSize, String checkpoint,
        List<Delta> deltas) {

    public WitnessView {
        deltas = List.copyOf(deltas);
    }

    /** {@code opening}, shown to auditors only, opens the leaf's seal. */
    public record Delta(long leafIndex, String witnessedAt, String leaf, List<String> inclusionProof,
            @JsonInclude(JsonInclude.Include.NON_NULL) String opening) {
    }
}
