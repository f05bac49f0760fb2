package dev.microcred.witness.ledger.metrics;

import dev.microcred.witness.ledger.append.Appended;
import dev.microcred.witness.ledger.log.persistence.LedgerReads;
import io.quarkus.runtime.StartupEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ledger's own meters (Prometheus at /q/metrics): the tree size, checkpoints signed, and pushes refused by
 * reason, which is how an operator tells a misconfigured secret (bad-signature) from a clock problem (stale).
 */
@ApplicationScoped
public class LedgerMetrics {

    private final MeterRegistry registry;
    private final AtomicLong leaves = new AtomicLong();
    private final Counter checkpoints;

    LedgerMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.gauge("witness.ledger.leaves", leaves);
        this.checkpoints = Counter.builder("witness.ledger.checkpoints.signed")
                .description("Checkpoints signed since start").register(registry);
    }

    /** Starts the gauge at the stored tree size, before any batch. */
    void onStart(@Observes StartupEvent event, LedgerReads reads) {
        leaves.set(reads.atLatest((latest, snapshot) -> latest.treeSize()).orElse(0L));
    }

    public void appended(Appended appended) {
        leaves.set(appended.treeSize());
        if (appended.newLeaves() > 0) {
            checkpoints.increment();
        }
    }

    public void pushRejected(String reason) {
        Counter.builder("witness.ledger.pushes.rejected").tag("reason", reason)
                .description("Push requests refused").register(registry).increment();
    }
}
