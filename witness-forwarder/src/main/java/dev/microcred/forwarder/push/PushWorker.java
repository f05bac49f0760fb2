package dev.microcred.forwarder.push;

import dev.microcred.forwarder.feed.FeedRow;
import dev.microcred.forwarder.witness.Witness;
import dev.microcred.support.loop.BackgroundLoop;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Delivers one push witness's deltas on its own thread, so a slow or dead witness delays nobody
 * else. Each round takes the next batch after the cursor, POSTs it until it succeeds or has failed
 * for longer than park-after, then moves the cursor (after the receipts are on Kafka: at-least-once).
 *
 * <p>Ordering per hash: a delta whose hash already has an open parked delta is parked behind it
 * instead of being sent, and a re-drive delivers the parked ones, oldest first, before any new batch.
 * Re-drive requests are read from the database at each round, whichever instance took them, and
 * so is the push secret at each attempt, so a replaced secret signs the very next push.
 */
public class PushWorker {
    private static final Logger LOG = Logger.getLogger(PushWorker.class);
    static final String BEHIND_PARKED = "an earlier delta of this hash is parked";

    private final Witness witness;
    private final Supplier<String> secret;
    private final PushParts parts;
    private final WitnessClient client;
    private volatile BackgroundLoop loop;

    public PushWorker(Witness witness, Supplier<String> secret, PushParts parts) {
        this.witness = witness;
        this.secret = secret;
        this.parts = parts;
        this.client = new WitnessClient(parts.config().timeout(), parts.clock(),
                PushDestinations.of(parts.config().allowPrivateAddresses()), parts.config().maxResponseBytes());
    }

    /** Starts the worker's thread, named after the witness. */
    public void start() {
        loop = BackgroundLoop.start("push-" + witness.id(), this::round,
                // The database or the feed is away: nothing moved, so trying again later is safe.
                (e, inARow) -> LOG.errorf("push worker of %s failed, retrying: %s", witness.id(), e.toString()),
                parts.config().maxBackoff());
    }

    /** Begins stopping (a batch in flight is sent again later); {@link #stop} also waits. */
    public void requestStop() {
        loop.requestStop();
    }

    public void stop() throws InterruptedException {
        loop.stop();
    }

    private void round(BackgroundLoop loop) throws InterruptedException {
        Optional<Timestamp> redrive = parts.redrives().latest(witness.id());
        if (redrive.isPresent()) {
            redrive(loop, redrive.get());
        }
        if (!deliverNextBatch(loop)) {
            loop.pause(parts.config().idleInterval());
        }
    }

    /** One round; false when there was nothing to send. */
    boolean deliverNextBatch(BackgroundLoop loop) throws InterruptedException {
        List<FeedRow> batch = parts.feed().after(parts.store().cursor(witness.id()), witness.jurisdictions(),
                parts.config().batchSize());
        if (batch.isEmpty()) {
            return false;
        }
        Set<String> parkedHashes = parts.store().parkedHashes(witness.id(), batch.stream().map(FeedRow::hash).toList());
        List<FeedRow> behindParked = batch.stream().filter(r -> parkedHashes.contains(r.hash())).toList();
        List<FeedRow> send = batch.stream().filter(r -> !parkedHashes.contains(r.hash())).toList();
        long last = batch.get(batch.size() - 1).position();
        Attempts outcome = send.isEmpty() ? Attempts.NONE : deliverWithRetries(loop, send);
        List<FeedRow> parked = outcome.delivered() ? behindParked : batch;
        parts.store().advance(witness.id(), last, parked, outcome.count(),
                outcome.delivered() ? BEHIND_PARKED : outcome.lastError(), parts.clock().instant());
        if (!parked.isEmpty()) {
            parts.metrics().parked(witness.id(), parked.size());
            parked.forEach(row -> LOG.errorf("parked delta %s (hash %s, position %d) for witness %s: %s", row.deltaId(),
                    row.hash(), row.position(), witness.id(), outcome.delivered() ? BEHIND_PARKED : outcome.lastError()));
        }
        return true;
    }

    /**
     * Delivers open parked deltas, oldest first, batch by batch; stops at the first batch that
     * fails and drops the request (up to {@code requestedAt}), so the deltas stay parked.
     */
    void redrive(BackgroundLoop loop, Timestamp requestedAt) throws InterruptedException {
        List<FeedRow> rows;
        while (!(rows = parts.store().openParkedRows(witness.id(), parts.config().batchSize())).isEmpty()) {
            Attempts outcome = deliverWithRetries(loop, rows);
            if (!outcome.delivered()) {
                LOG.warnf("re-drive of %d parked deltas for witness %s failed, they stay parked: %s", rows.size(),
                        witness.id(), outcome.lastError());
                parts.redrives().drop(witness.id(), requestedAt);
                return;
            }
            parts.store().markRedriven(witness.id(), rows, parts.clock().instant());
            LOG.infof("re-drove %d parked deltas to witness %s", rows.size(), witness.id());
        }
    }

    /** Retries with full-jitter backoff until success or until the batch has failed for park-after. */
    private Attempts deliverWithRetries(BackgroundLoop loop, List<FeedRow> rows) throws InterruptedException {
        Instant firstFailure = null;
        for (int attempt = 1; ; attempt++) {
            if (!loop.running()) {
                throw new InterruptedException("stopping");
            }
            try {
                Map<String, Receipt> receipts = client.deliver(witness.id(), witness.pushUrl().orElseThrow(), secret.get(), rows);
                parts.receipts().publish(witness.id(), rows, receipts, parts.clock().instant());
                parts.metrics().delivered(witness.id(), rows.size());
                return new Attempts(true, attempt, null);
            } catch (DeliveryFailedException e) {
                Instant now = parts.clock().instant();
                firstFailure = firstFailure == null ? now : firstFailure;
                if (Duration.between(firstFailure, now).compareTo(parts.config().parkAfter()) >= 0) {
                    return new Attempts(false, attempt, e.getMessage());
                }
                LOG.debugf("attempt %d to witness %s failed: %s", attempt, witness.id(), e.getMessage());
                parts.metrics().retried(witness.id());
                loop.pause(parts.backoff().delay(attempt - 1));
            }
        }
    }


    /** How a batch went: delivered or not, after how many attempts, and the last failure. */
    record Attempts(boolean delivered, int count, String lastError) {
        static final Attempts NONE = new Attempts(true, 0, null);
    }
}
