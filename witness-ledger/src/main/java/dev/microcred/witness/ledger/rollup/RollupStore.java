package dev.microcred.witness.ledger.rollup;

import dev.microcred.witness.ledger.log.StoredCheckpoint;
import java.util.List;
import java.util.Optional;

/** The rollup table; each call is its own transaction. */
public interface RollupStore {

    /** The latest checkpoint, if the tree grew since the last rollup. */
    Optional<StoredCheckpoint> due();

    /** Records the rollup unless a larger or equal one was recorded meanwhile (another instance's job). */
    Optional<Rollup> record(StoredCheckpoint checkpoint, Optional<String> anchor);

    List<Rollup> all();
}
