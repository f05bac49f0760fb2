package dev.microcred.witness.ledger.rollup.api;

import dev.microcred.witness.ledger.rollup.Rollup;
import dev.microcred.witness.ledger.rollup.persistence.JdbcRollupStore;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /witness/v1/rollups}: every rollup, oldest first, with its anchor receipt (null when unanchored). */
@Path("/witness/v1/rollups")
public class RollupResource {

    private final JdbcRollupStore store;

    RollupResource(JdbcRollupStore store) {
        this.store = store;
    }

    public record Rollups(List<Rollup> rollups) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Rollups rollups() {
        return new Rollups(store.all());
    }
}
