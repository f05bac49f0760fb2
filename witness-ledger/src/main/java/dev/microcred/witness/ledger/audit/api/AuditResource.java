package dev.microcred.witness.ledger.audit.api;

import dev.microcred.witness.ledger.audit.AuditorAccess;
import dev.microcred.witness.ledger.log.Audience;
import dev.microcred.witness.ledger.log.api.LeafPages;
import dev.microcred.witness.ledger.log.api.LogResponses;
import dev.microcred.witness.ledger.view.WitnessView;
import dev.microcred.witness.ledger.view.api.WitnessViewReader;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The public views again, for auditors: each leaf comes with the opening of its seal (revocation reason, related
 * hash, exact times), which the auditor checks against the signed leaf with witness-verifier.
 */
@Path("/witness/v1/audit")
public class AuditResource {

    private final AuditorAccess auditors;
    private final WitnessViewReader views;
    private final LeafPages pages;

    AuditResource(AuditorAccess auditors, WitnessViewReader views, LeafPages pages) {
        this.auditors = auditors;
        this.views = views;
        this.pages = pages;
    }

    @GET
    @Path("/v/{hash}")
    @Produces(MediaType.APPLICATION_JSON)
    public WitnessView view(@PathParam("hash") String hash,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auditors.require(authorization);
        return views.view(hash, Audience.AUDITOR);
    }

    @GET
    @Path("/leaves")
    @Produces(MediaType.APPLICATION_JSON)
    public LogResponses.LeafPage leaves(@QueryParam("start") @DefaultValue("0") long start,
            @QueryParam("limit") @DefaultValue("100") int limit,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auditors.require(authorization);
        return pages.page(start, limit, Audience.AUDITOR);
    }
}
