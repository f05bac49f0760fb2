package dev.microcred.witness.ledger.log.api;

import dev.microcred.witness.ledger.log.Audience;
import dev.microcred.witness.ledger.log.NothingWitnessedException;
import dev.microcred.witness.ledger.log.OutOfRangeException;
import dev.microcred.witness.ledger.log.persistence.LedgerReads;
import jakarta.enterprise.context.ApplicationScoped;

/** Pages of leaves below the latest checkpoint, as an audience may see them. */
@ApplicationScoped
public class LeafPages {

    private static final int MAX_PAGE = 1000;

    private final LedgerReads reads;

    LeafPages(LedgerReads reads) {
        this.reads = reads;
    }

    /**
     * @throws OutOfRangeException unless start >= 0 and 1 <= limit <= 1000
     * @throws NothingWitnessedException while no checkpoint is signed
     */
    public LogResponses.LeafPage page(long start, int limit, Audience audience) {
        if (start < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new OutOfRangeException("need start >= 0 and 1 <= limit <= " + MAX_PAGE);
        }
        return reads.atLatest((latest, snapshot) -> new LogResponses.LeafPage(start, latest.treeSize(),
                snapshot.leaves(start, limit, latest.treeSize()).stream()
                        .map(leaf -> new LogResponses.LeafEntry(leaf.leafIndex(), leaf.leaf(), leaf.witnessedAt(),
                                audience.opening(leaf)))
                        .toList()))
                .orElseThrow(LogResource::emptyLog);
    }
}
