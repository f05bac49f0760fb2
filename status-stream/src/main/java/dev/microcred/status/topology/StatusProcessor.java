package dev.microcred.status.topology;

import dev.microcred.schemas.CredentialEvent;
import dev.microcred.schemas.CredentialStatus;
import dev.microcred.status.view.StatusChange;
import dev.microcred.status.view.StatusFold;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds each event into the store and forwards what changed; the fold itself is {@link StatusFold}.
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
            return;
        }
        String hash = record.value().getHash();
        StatusFold.apply(store.get(hash), record.value()).ifPresent(change -> {
            store.put(hash, change.view());
            context.forward(record.withKey(hash).withValue(change));
        });
    }
}
