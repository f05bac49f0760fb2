package dev.microcred.witness.ledger.rollup;

import java.util.Optional;

/**
 * Takes the latest checkpoint as a rollup when the tree grew since the last one, anchors it, and records it. A log
 * that did not grow is not rolled up again: the previous anchor already covers it.
 */
public final class Rollups {

    private final RollupStore store;
    private final RollupAnchor anchor;

    public Rollups(RollupStore store, RollupAnchor anchor) {
        this.store = store;
        this.anchor = anchor;
    }

    public Optional<Rollup> rollUp() {
        return store.due().flatMap(checkpoint -> store.record(checkpoint, anchor.anchor(checkpoint)));
    }
}
