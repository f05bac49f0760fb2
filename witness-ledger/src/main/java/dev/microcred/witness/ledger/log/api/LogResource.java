package dev.microcred.witness.ledger.log.api;

import dev.microcred.witness.ledger.log.Audience;
import dev.microcred.witness.ledger.log.LogProofs;
import dev.microcred.witness.ledger.log.NothingWitnessedException;
import dev.microcred.witness.ledger.log.persistence.LedgerReads;
import dev.microcred.witness.ledger.signing.LedgerIdentity;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The log as any monitor reads it: signed checkpoints, the public key, proofs, and the leaves themselves. */
@Path("/witness/v1")
public class LogResource {

    private final LedgerReads reads;
    private final LedgerIdentity identity;
    private final LeafPages pages;

    LogResource(LedgerReads reads, LedgerIdentity identity, LeafPages pages) {
        this.reads = reads;
        this.identity = identity;
        this.pages = pages;
    }

    @GET
    @Path("/checkpoint")
    @Produces(MediaType.TEXT_PLAIN)
    public String latestCheckpoint() {
        return reads.atLatest((latest, snapshot) -> latest.note()).orElseThrow(LogResource::emptyLog);
    }

    @GET
    @Path("/key")
    @Produces(MediaType.TEXT_PLAIN)
    public String verifierKey() {
        return identity.verifierKey() + "\n";
    }

    @GET
    @Path("/checkpoints/{size}")
    @Produces(MediaType.TEXT_PLAIN)
    public String checkpoint(@PathParam("size") long size) {
        return reads.checkpointNote(size)
                .orElseThrow(() -> new NothingWitnessedException("no checkpoint was signed for size " + size));
    }

    @GET
    @Path("/proofs/inclusion")
    @Produces(MediaType.APPLICATION_JSON)
    public LogResponses.InclusionProof inclusion(@QueryParam("index") long index, @QueryParam("size") long size) {
        return reads.atLatest((latest, snapshot) -> new LogResponses.InclusionProof(index, size,
                LogProofs.inclusion(snapshot.subtrees(), index, size, latest.treeSize())))
                .orElseThrow(LogResource::emptyLog);
    }

    @GET
    @Path("/proofs/consistency")
    @Produces(MediaType.APPLICATION_JSON)
    public LogResponses.ConsistencyProof consistency(@QueryParam("from") long from, @QueryParam("to") long to) {
        return reads.atLatest((latest, snapshot) -> new LogResponses.ConsistencyProof(from, to,
                LogProofs.consistency(snapshot.subtrees(), from, to, latest.treeSize())))
                .orElseThrow(LogResource::emptyLog);
    }

    @GET
    @Path("/leaves")
    @Produces(MediaType.APPLICATION_JSON)
    public LogResponses.LeafPage leaves(@QueryParam("start") @DefaultValue("0") long start,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return pages.page(start, limit, Audience.PUBLIC);
    }

    static NothingWitnessedException emptyLog() {
        return new NothingWitnessedException("the log is empty: no checkpoint has been signed yet");
    }
}
