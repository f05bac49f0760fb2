package dev.microcred.witness.ledger.view.api;

import dev.microcred.witness.ledger.log.NothingWitnessedException;
import dev.microcred.witness.ledger.log.persistence.LedgerReads;
import dev.microcred.witness.ledger.view.WitnessView;
import dev.microcred.witness.ledger.view.WitnessViews;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /v/{hash}}: the witness path of verification, checkable offline with witness-verifier. */
@Path("/v")
public class ViewResource {

    private final LedgerReads reads;

    ViewResource(LedgerReads reads) {
        this.reads = reads;
    }

    @GET
    @Path("/{hash}")
    @Produces(MediaType.APPLICATION_JSON)
    public WitnessView view(@PathParam("hash") String hash) {
        String normalized = WitnessViews.normalize(hash);
        return reads.atLatest((latest, snapshot) -> WitnessViews.of(normalized, latest,
                        snapshot.leavesOf(normalized, latest.treeSize()), snapshot.subtrees()))
                .flatMap(view -> view)
                .orElseThrow(() -> new NothingWitnessedException("this witness holds no delta for " + normalized));
    }
}
