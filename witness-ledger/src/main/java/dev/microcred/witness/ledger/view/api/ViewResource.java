package dev.microcred.witness.ledger.view.api;

import dev.microcred.witness.ledger.log.Audience;
import dev.microcred.witness.ledger.view.WitnessView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /v/{hash}}: the witness path of verification, checkable offline with witness-verifier. */
@Path("/v")
public class ViewResource {

    private final WitnessViewReader views;

    ViewResource(WitnessViewReader views) {
        this.views = views;
    }

    @GET
    @Path("/{hash}")
    @Produces(MediaType.APPLICATION_JSON)
    public WitnessView view(@PathParam("hash") String hash) {
        return views.view(hash, Audience.PUBLIC);
    }
}
