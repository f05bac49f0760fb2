package dev.microcred.status.topology;

import dev.microcred.schemas.CredentialStatus;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The status store of every partition whose active task runs on this instance, as its processor
 * sees it. A processor registers its partition's store when Kafka Streams initializes it, which it
 * does once the store is restored, just before the task starts running; it removes it when Kafka
 * Streams closes it, which it does when it suspends the running task, before the store is closed,
 * wiped after a corruption, or recycled into a standby (checked in 4.1.2's StreamTask:
 * completeRestoration and suspend). So a store is here exactly while its task is the partition's
 * running active task, and what it holds is current.
 * <p>
 * Verify reads these instead of asking Kafka Streams' interactive queries, which enumerate the
 * stream threads' tasks under locks on every get: a fifth of each lookup in the verify benchmark's
 * profile. The stores take reads from other threads, exactly as interactive queries make them.
 */
public final class ActiveStatusStores {
    private final Map<Integer, ReadOnlyKeyValueStore<String, CredentialStatus>> byPartition = new ConcurrentHashMap<>();

    void running(int partition, ReadOnlyKeyValueStore<String, CredentialStatus> store) {
        byPartition.put(partition, store);
    }

    void stopped(int partition, ReadOnlyKeyValueStore<String, CredentialStatus> store) {
        byPartition.remove(partition, store);
    }

    /** The partition's running active store here, or null when this instance does not run that task. */
    public ReadOnlyKeyValueStore<String, CredentialStatus> of(int partition) {
        return byPartition.get(partition);
    }
}
