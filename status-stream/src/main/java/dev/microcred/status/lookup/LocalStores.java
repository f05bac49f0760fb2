package dev.microcred.status.lookup;

import dev.microcred.schemas.CredentialStatus;
import dev.microcred.status.topology.StatusTopology;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads of this instance's own copies of one partition of the status store, through query handles
 * made once per partition and kind (the active copy only, or any copy: a standby or an active one
 * still restoring) instead of once per request. Keeping a handle is safe across rebalances because
 * it holds no store, only the query: on every {@code get}, Kafka Streams (checked in 4.1.2:
 * CompositeReadOnlyKeyValueStore, WrappingStoreProvider, StreamThreadStateStoreProvider) looks the
 * store up again among the tasks the live stream threads hold at that moment, pinned to the
 * partition, and checks it is open; a partition that moved away or is not restored fails the read
 * exactly as with a fresh handle. The one check {@code streams.store()} made on creation, that
 * Streams is running or rebalancing, is made here before every read.
 */
final class LocalStores {
    private static final QueryableStoreType<ReadOnlyKeyValueStore<String, CredentialStatus>> TYPE =
            QueryableStoreTypes.keyValueStore();

    private final KafkaStreams streams;
    private final Map<Integer, ReadOnlyKeyValueStore<String, CredentialStatus>> active = new ConcurrentHashMap<>();
    private final Map<Integer, ReadOnlyKeyValueStore<String, CredentialStatus>> anyCopy = new ConcurrentHashMap<>();

    LocalStores(KafkaStreams streams) {
        this.streams = streams;
    }

    /** The partition's active copy, which Kafka Streams serves only once it is restored. */
    Lookup readActive(int partition, String hash) {
        return read(active, partition, false, hash);
    }

    /** Any copy of the partition here; the caller decides whether its lag allows an answer. */
    Lookup readAnyCopy(int partition, String hash) {
        return read(anyCopy, partition, true, hash);
    }

    private Lookup read(Map<Integer, ReadOnlyKeyValueStore<String, CredentialStatus>> handles, int partition,
            boolean stale, String hash) {
        if (!streams.state().isRunningOrRebalancing()) {
            return new Lookup.NotReady();
        }
        try {
            ReadOnlyKeyValueStore<String, CredentialStatus> store = handles.get(partition);
            if (store == null) {
                store = handles.computeIfAbsent(partition, p -> handle(p, stale));
            }
            CredentialStatus view = store.get(hash);
            return view == null ? new Lookup.NotFound() : new Lookup.Found(view);
        } catch (InvalidStateStoreException | IllegalStateException e) {
            return new Lookup.NotReady();
        }
    }

    private ReadOnlyKeyValueStore<String, CredentialStatus> handle(int partition, boolean stale) {
        StoreQueryParameters<ReadOnlyKeyValueStore<String, CredentialStatus>> query = StoreQueryParameters
                .fromNameAndType(StatusTopology.STATUS_STORE, TYPE).withPartition(partition);
        return streams.store(stale ? query.enableStaleStores() : query);
    }
}
