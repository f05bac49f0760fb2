package dev.microcred.witness.ledger.log.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** JSON answers of the log's read API; proof hashes are base64, bottom up, as RFC 9162 orders them. */
public final class LogResponses {

    private LogResponses() {
    }

    record InclusionProof(long leafIndex, long treeSize, List<String> hashes) {
    }

    record ConsistencyProof(long from, long to, List<String> hashes) {
    }

    public record LeafPage(long start, long treeSize, List<LeafEntry> leaves) {
    }

    /**
     * {@code leaf} is the exact text that was hashed; {@code witnessedAt} repeats what it says; {@code opening}, for
     * auditors only, opens the leaf's seal.
     */
    public record LeafEntry(long leafIndex, String leaf, String witnessedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String opening) {
    }
}
