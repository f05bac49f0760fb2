package dev.microcred.witness.ledger.rollup.persistence;

import dev.microcred.witness.ledger.rollup.Rollup;
import dev.microcred.witness.ledger.rollup.RollupAnchor;
import dev.microcred.witness.ledger.rollup.Rollups;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Runs {@link Rollups} every {@code ledger.rollup.interval}; a run still going when the next is due is skipped. */
@ApplicationScoped
public class RollupJob {

    private final Rollups rollups;

    RollupJob(JdbcRollupStore store, RollupAnchor anchor) {
        this.rollups = new Rollups(store, anchor);
    }

    @Scheduled(every = "${ledger.rollup.interval}", delayed = "${ledger.rollup.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        rollUp();
    }

    /** Records a rollup if the tree grew since the last one. */
    public Optional<Rollup> rollUp() {
        return rollups.rollUp();
    }
}
