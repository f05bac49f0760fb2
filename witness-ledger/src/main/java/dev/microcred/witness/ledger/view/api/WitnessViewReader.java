package dev.microcred.witness.ledger.view.api;

import dev.microcred.witness.ledger.log.Audience;
import dev.microcred.witness.ledger.log.NothingWitnessedException;
import dev.microcred.witness.ledger.log.persistence.LedgerReads;
import dev.microcred.witness.ledger.view.WitnessView;
import dev.microcred.witness.ledger.view.WitnessViews;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads one hash's witness view from one snapshot of the log, as an audience may see it. */
@ApplicationScoped
public class WitnessViewReader {

    private final LedgerReads reads;

    WitnessViewReader(LedgerReads reads) {
        this.reads = reads;
    }

    /**
     * @throws dev.microcred.witness.ledger.view.MalformedHashException if the hash is not hex SHA-256
     * @throws NothingWitnessedException if the log holds no leaf for it
     */
    public WitnessView view(String hash, Audience audience) {
        String normalized = WitnessViews.normalize(hash);
        return reads.atLatest((latest, snapshot) -> WitnessViews.of(normalized, latest,
                        snapshot.leavesOf(normalized, latest.treeSize()), snapshot.subtrees(), audience))
                .flatMap(view -> view)
                .orElseThrow(() -> new NothingWitnessedException("this witness holds no delta for " + normalized));
    }
}
