package dev.microcred.witness.verify;

import java.util.List;

/**
 * What a verified witness answer proves: the witness (checkpoint origin) holds these leaves for {@code hash} in its
 * log of {@code treeSize} leaves, and {@code status} is the status of the one with the highest issuer sequence.
 */
public record WitnessedAnswer(String origin, long treeSize, String hash, String status, List<Delta> deltas) {

    public WitnessedAnswer {
        deltas = List.copyOf(deltas);
    }

    /** One proven leaf, read from the signed leaf text (never from the answer's unsigned fields). */
    public record Delta(long leafIndex, String status, long issuerSequence, String witnessedAt) {
    }
}
