package dev.microcred.witness.ledger.log.api;

import java.util.List;

/** JSON answers of the log's read API; proof hashes are base64, bottom up, as RFC 9162 orders them. */
final class LogResponses {

    private LogResponses() {
    }

    record InclusionProof(long leafIndex, long treeSize, List<String> hashes) {
    }

    record ConsistencyProof(long from, long to, List<String> hashes) {
    }

    record LeafPage(long start, long treeSize, List<LeafEntry> leaves) {
    }

    /** {@code leaf} is the exact text that was hashed; {@code witnessedAt} repeats what it says. */
    record LeafEntry(long leafIndex, String leaf, String witnessedAt) {
    }
}
