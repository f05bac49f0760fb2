package dev.microcred.forwarder.push;

import dev.microcred.forwarder.feed.FeedIndex;
import dev.microcred.forwarder.leadership.LeaderElection;
import dev.microcred.forwarder.leadership.LeadershipChecked;
import dev.microcred.forwarder.metrics.WitnessMetrics;
import dev.microcred.forwarder.witness.Witness;
import dev.microcred.forwarder.witness.persistence.WitnessStore;
import dev.microcred.forwarder.witness.service.WitnessRegistered;
import dev.microcred.forwarder.witness.service.WitnessUnregistered;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * One {@link PushWorker} thread per push witness, on the leader only. At every leadership check
 * the leader starts the workers it lacks (so a witness registered on another instance is picked
 * up within one interval) and stops those of witnesses unregistered meanwhile; a standby stops any
 * it has; shutdown stops them too (a batch in flight is simply sent again later).
 */
@ApplicationScoped
public class PushWorkers {
    private static final Logger LOG = Logger.getLogger(PushWorkers.class);

    private final WitnessStore witnesses;
    private final LeaderElection election;
    private final PushParts parts;
    private final Map<String, PushWorker> running = new ConcurrentHashMap<>();
    private volatile boolean shutDown;

    PushWorkers(WitnessStore witnesses, LeaderElection election, FeedIndex feed, DeliveryStore store,
            RedriveRequests redrives, ReceiptPublisher receipts, WitnessMetrics metrics, PushConfig config) {
        this.witnesses = witnesses;
        this.election = election;
        Backoff backoff = new Backoff(config.initialBackoff(), config.maxBackoff(),
                () -> ThreadLocalRandom.current().nextDouble());
        this.parts = new PushParts(feed, store, redrives, receipts, metrics, config, backoff, Clock.systemUTC());
    }

    synchronized void follow(@Observes LeadershipChecked check) throws InterruptedException {
        if (!check.leading()) {
            stopAll();
            return;
        }
        try {
            List<Witness> pushed = witnesses.all().stream().filter(Witness::pushes).toList();
            Set<String> ids = pushed.stream().map(Witness::id).collect(Collectors.toSet());
            for (String id : List.copyOf(running.keySet())) {
                if (!ids.contains(id)) {
                    stop(id);
                }
            }
            pushed.forEach(this::start);
        } catch (RuntimeException e) {
            LOG.warnf("could not look for push witnesses, trying again at the next check: %s", e.toString());
        }
    }

    /** Starts at once rather than at the next check, when this instance leads. */
    synchronized void registered(@Observes WitnessRegistered event) {
        if (event.witness().pushes() && election.leading()) {
            start(event.witness());
        }
    }

    synchronized void unregistered(@Observes WitnessUnregistered event) throws InterruptedException {
        stop(event.witnessId());
    }

    private void stop(String id) throws InterruptedException {
        PushWorker worker = running.remove(id);
        if (worker != null) {
            worker.stop();
            LOG.infof("stopped the push worker of %s, no longer registered", id);
        }
    }

    synchronized void shutdown(@Observes ShutdownEvent shutdown) throws InterruptedException {
        shutDown = true;
        stopAll();
    }

    private void stopAll() throws InterruptedException {
        if (running.isEmpty()) {
            return;
        }
        running.values().forEach(PushWorker::requestStop);
        for (PushWorker worker : running.values()) {
            worker.stop();
        }
        LOG.infof("stopped %d push workers", running.size());
        running.clear();
    }

    private void start(Witness witness) {
        if (shutDown) {
            return;
        }
        running.computeIfAbsent(witness.id(), id -> {
            PushWorker worker = new PushWorker(witness, () -> witnesses.pushSecret(id), parts);
            worker.start();
            return worker;
        });
    }
}
