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

    /**
     * One proven leaf, read from the signed leaf text (never from the answer's unsigned fields). {@code seal} is the
     * leaf's commitment to its sealed fields (null for a leaf that shows its whole delta); {@code opened} the sealed
     * fields as JSON, when an auditor's answer carried an opening that matches the seal, otherwise null.
     */
    public record Delta(long leafIndex, String status, long issuerSequence, String witnessedAt, String seal,
            String opened) {

        Delta withOpened(String fields) {
            return new Delta(leafIndex, status, issuerSequence, witnessedAt, seal, fields);
        }
    }
}
