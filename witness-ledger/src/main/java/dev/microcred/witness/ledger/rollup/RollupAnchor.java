package dev.microcred.witness.ledger.rollup;

import dev.microcred.witness.ledger.log.StoredCheckpoint;
import java.util.Optional;

/**
 * Publishes a rollup's checkpoint to a public chain, so that anyone can later show the witness had signed this
 * tree by then, even if the witness's key leaks or the firm disappears. Called outside any database transaction
 * (it may take seconds); what it returns is stored once, with the rollup row.
 *
 * <h2>How an OpenTimestamps anchor would plug in</h2>
 * An {@code OpenTimestampsAnchor} would hash the note's UTF-8 bytes with SHA-256, POST that digest to two or more
 * calendar servers ({@code https://a.pool.opentimestamps.org/digest}, ...), merge their pending attestations into
 * one {@code .ots} file and return it base64-encoded, which the ledger stores in {@code rollup.anchor}. A calendar
 * commits its digests to a Bitcoin transaction within hours; a later job would ask the calendars to upgrade each
 * pending receipt to a complete one (with the block header path) and store the upgraded receipt as a new row
 * (rollups are append-only), after which {@code ots verify} needs only a Bitcoin node. It is not shipped because it
 * needs the internet and a chain to verify against, and a stub that claimed anchoring would be worse than none.
 */
public interface RollupAnchor {

    /** The anchor receipt to store with the rollup, or empty when the rollup is not anchored. */
    Optional<String> anchor(StoredCheckpoint checkpoint);
}
