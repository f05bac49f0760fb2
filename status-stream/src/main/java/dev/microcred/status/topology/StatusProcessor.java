package dev.microcred.status.topology;

import dev.microcred.schemas.CredentialEvent;
import dev.microcred.schemas.CredentialStatus;
import dev.microcred.schemas.RelayHeartbeat;
import dev.microcred.status.view.StatusChange;
import dev.microcred.status.view.StatusFold;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds each event into the store and forwards what changed; the fold itself is {@link StatusFold}.
 * A relay heartbeat moves the partition's {@link FreshnessMark} forward and forwards nothing.
 * While it runs, its partition's store is in {@link ActiveStatusStores} for verify to read.
 */
final class StatusProcessor implements Processor<String, CredentialEvent, String, StatusChange> {
    private final ActiveStatusStores active;
    private ProcessorContext<String, StatusChange> context;
    private KeyValueStore<String, CredentialStatus> store;

    StatusProcessor(ActiveStatusStores active) {
        this.active = active;
    }

    @Override
    public void init(ProcessorContext<String, StatusChange> context) {
        this.context = context;
        this.store = context.getStateStore(StatusTopology.STATUS_STORE);
        active.running(context.taskId().partition(), store);
    }

    @Override
    public void close() {
        active.stopped(context.taskId().partition(), store);
    }

    @Override
    public void process(Record<String, CredentialEvent> record) {
        if (record.value() == null) {
            RelayHeartbeat.asOf(record.headers()).ifPresent(this::heartbeat);
            return;
        }
        String hash = record.value().getHash();
        if (FreshnessMark.KEY.equals(hash)) {
            return; // the issuer only ever writes SHA-256 hashes; nothing may overwrite the mark
        }
        StatusFold.apply(store.get(hash), record.value()).ifPresent(change -> {
            store.put(hash, change.view());
            context.forward(record.withKey(hash).withValue(change));
        });
    }

    /**
     * Only forward: a heartbeat from a relay whose clock stepped back still vouches for less, not more.
     * And never past this host's clock: a relay clock ahead (or a forged header) would otherwise keep
     * the view looking fresh for as long as it was ahead, whatever stalled meanwhile.
     */
    private void heartbeat(Instant claimed) {
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        Instant asOf = claimed.isAfter(now) ? now : claimed;
        Instant current = FreshnessMark.in(store).orElse(Instant.EPOCH);
        if (asOf.isAfter(current)) {
            store.put(FreshnessMark.KEY, FreshnessMark.of(asOf));
            active.folded(context.taskId().partition(), store, asOf);
        }
    }

}
