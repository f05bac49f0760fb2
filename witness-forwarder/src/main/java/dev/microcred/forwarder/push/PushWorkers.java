package dev.microcred.forwarder.push;

import dev.microcred.forwarder.feed.FeedIndex;
import dev.microcred.forwarder.metrics.WitnessMetrics;
import dev.microcred.forwarder.witness.UnknownWitnessException;
import dev.microcred.forwarder.witness.Witness;
import dev.microcred.forwarder.witness.persistence.WitnessStore;
import dev.microcred.forwarder.witness.service.WitnessRegistered;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One {@link PushWorker} thread per push witness: started at boot for the registered ones and on
 * registration for new ones, stopped on shutdown (a batch in flight is simply sent again later).
 */
@ApplicationScoped
public class PushWorkers {
    private final WitnessStore witnesses;
    private final DeliveryStore store;
    private final PushParts parts;
    private final Map<String, Running> running = new ConcurrentHashMap<>();

    PushWorkers(WitnessStore witnesses, FeedIndex feed, DeliveryStore store, ReceiptPublisher receipts,
            WitnessMetrics metrics, PushConfig config) {
        this.witnesses = witnesses;
        this.store = store;
        Backoff backoff = new Backoff(config.initialBackoff(), config.maxBackoff(),
                () -> ThreadLocalRandom.current().nextDouble());
        this.parts = new PushParts(feed, store, receipts, metrics, config, backoff, Clock.systemUTC());
    }

    void startAll(@Observes StartupEvent startup) {
        witnesses.all().stream().filter(Witness::pushes).forEach(this::start);
    }

    void registered(@Observes WitnessRegistered event) {
        if (event.witness().pushes()) {
            start(event.witness());
        }
    }

    /** Asks the witness's worker to re-drive its parked deltas; answers how many are parked now. */
    public int redrive(String witnessId) {
        Witness witness = witnesses.find(witnessId).orElseThrow(() -> new UnknownWitnessException(witnessId));
        int parked = store.openParked(witnessId).size();
        Running worker = running.get(witness.id());
        if (worker != null && parked > 0) {
            worker.worker().requestRedrive();
        }
        return parked;
    }

    void stopAll(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running.values().forEach(r -> {
            r.worker().stop();
            r.thread().interrupt();
        });
        for (Running r : running.values()) {
            r.thread().join(5_000);
        }
    }

    private void start(Witness witness) {
        running.computeIfAbsent(witness.id(), id -> {
            PushWorker worker = new PushWorker(witness, witnesses.pushSecret(id), parts);
            Thread thread = new Thread(worker, "push-" + id);
            thread.setDaemon(true);
            thread.start();
            return new Running(worker, thread);
        });
    }

    private record Running(PushWorker worker, Thread thread) {
    }
}
