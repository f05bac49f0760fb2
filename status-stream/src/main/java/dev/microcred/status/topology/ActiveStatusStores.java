package dev.microcred.status.topology;

import dev.microcred.schemas.CredentialStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The status store of every partition whose active task runs on this instance, as its processor
 * sees it, with the {@link FreshnessMark} it last folded. A processor registers its partition's
 * store when Kafka Streams initializes it, which it does once the store is restored, just before
 * the task starts running; it removes it when Kafka Streams closes it, which it does when it
 * suspends the running task, before the store is closed, wiped after a corruption, or recycled
 * into a standby (checked in 4.1.2's StreamTask: completeRestoration and suspend). So a store is
 * here exactly while its task is the partition's running active task, and what it holds is current
 * up to its mark.
 * <p>
 * Verify reads these instead of asking Kafka Streams' interactive queries, which enumerate the
 * stream threads' tasks under locks on every get: a fifth of each lookup in the verify benchmark's
 * profile. The stores take reads from other threads, exactly as interactive queries make them. The
 * mark is kept here in memory too, so the hot path reads it without a store read.
 */
public final class ActiveStatusStores {
    private final Map<Integer, ActiveCopy> byPartition = new ConcurrentHashMap<>();

    /** One running active copy; the processor moves its mark forward after folding a heartbeat. */
    public static final class ActiveCopy {
        private final ReadOnlyKeyValueStore<String, CredentialStatus> store;
        private volatile Instant freshAsOf;

        ActiveCopy(ReadOnlyKeyValueStore<String, CredentialStatus> store, Instant freshAsOf) {
            this.store = store;
            this.freshAsOf = freshAsOf;
        }

        public ReadOnlyKeyValueStore<String, CredentialStatus> store() {
            return store;
        }

        /** The asOf of the last heartbeat folded into this copy; read it before reading the store. */
        public Optional<Instant> freshAsOf() {
            return Optional.ofNullable(freshAsOf);
        }
    }

    void running(int partition, ReadOnlyKeyValueStore<String, CredentialStatus> store) {
        byPartition.put(partition, new ActiveCopy(store, FreshnessMark.in(store).orElse(null)));
    }

    /** Called by the processor after the mark is in the store, so a reader never sees a mark ahead of the views. */
    void folded(int partition, ReadOnlyKeyValueStore<String, CredentialStatus> store, Instant asOf) {
        ActiveCopy copy = byPartition.get(partition);
        if (copy != null && copy.store == store) {
            copy.freshAsOf = asOf;
        }
    }

    void stopped(int partition, ReadOnlyKeyValueStore<String, CredentialStatus> store) {
        byPartition.computeIfPresent(partition, (p, copy) -> copy.store == store ? null : copy);
    }

    /** The partition's running active copy here, or null when this instance does not run that task. */
    public ActiveCopy of(int partition) {
        return byPartition.get(partition);
    }
}
