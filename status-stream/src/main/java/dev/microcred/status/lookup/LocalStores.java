package dev.microcred.status.lookup;

import dev.microcred.schemas.CredentialStatus;
import dev.microcred.status.topology.ActiveStatusStores;
import dev.microcred.status.topology.FreshnessMark;
import dev.microcred.status.topology.StatusTopology;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads of this instance's own copies of one partition of the status store. The active copy is
 * read from {@link ActiveStatusStores}, where it is exactly while its task runs here. Any other
 * copy (a standby, or an active one still restoring) is read through an interactive query with
 * stale stores allowed, made once per partition: keeping that handle is safe across rebalances
 * because it holds no store, only the query. On every {@code get}, Kafka Streams (checked in 4.1.2:
 * CompositeReadOnlyKeyValueStore, WrappingStoreProvider, StreamThreadStateStoreProvider) looks the
 * store up again among the tasks the live stream threads hold at that moment, pinned to the
 * partition, and checks it is open. Either read is refused unless Streams is running or rebalancing,
 * and unless the copy's {@link FreshnessMark}, read before the view, is within the {@link FreshnessBound}.
 */
final class LocalStores {
    private static final QueryableStoreType<ReadOnlyKeyValueStore<String, CredentialStatus>> TYPE =
            QueryableStoreTypes.keyValueStore();

    private final KafkaStreams streams;
    private final ActiveStatusStores active;
    private final FreshnessBound freshness;
    private final Map<Integer, ReadOnlyKeyValueStore<String, CredentialStatus>> anyCopy = new ConcurrentHashMap<>();

    LocalStores(KafkaStreams streams, ActiveStatusStores active, FreshnessBound freshness) {
        this.streams = streams;
        this.active = active;
        this.freshness = freshness;
    }

    /** The partition's active copy, while its task runs here (so restored) and its mark is fresh (so current). */
    Lookup readActive(int partition, String hash) {
        ActiveStatusStores.ActiveCopy copy = active.of(partition);
        return copy == null ? new Lookup.NotReady() : read(copy.store(), copy::freshAsOf, hash);
    }

    /** Any copy of the partition here; the caller decides whether its lag allows an answer. */
    Lookup readAnyCopy(int partition, String hash) {
        ReadOnlyKeyValueStore<String, CredentialStatus> store = anyCopy.get(partition);
        if (store == null && streams.state().isRunningOrRebalancing()) {
            try {
                store = anyCopy.computeIfAbsent(partition, p -> streams.store(StoreQueryParameters
                        .fromNameAndType(StatusTopology.STATUS_STORE, TYPE).withPartition(p).enableStaleStores()));
            } catch (InvalidStateStoreException | IllegalStateException e) {
                return new Lookup.NotReady();
            }
        }
        if (store == null) {
            return new Lookup.NotReady();
        }
        ReadOnlyKeyValueStore<String, CredentialStatus> copy = store;
        return read(copy, () -> FreshnessMark.in(copy), hash);
    }

    /** @param mark the copy's freshness mark, read before the view */
    private Lookup read(ReadOnlyKeyValueStore<String, CredentialStatus> store, Supplier<Optional<Instant>> mark, String hash) {
        if (!streams.state().isRunningOrRebalancing() || FreshnessMark.KEY.equals(hash)) {
            return new Lookup.NotReady();
        }
        try {
            Optional<Instant> before = mark.get();
            if (!freshness.allows(before)) {
                return new Lookup.NotReady();
            }
            CredentialStatus view = store.get(hash);
            // The same mark, or a later one, after the view: the view was read from the copy the mark vouched
            // for, not from one wiped and restored between the two reads
            Optional<Instant> after = mark.get();
            if (after.isEmpty() || after.get().isBefore(before.get())) {
                return new Lookup.NotReady();
            }
            return view == null ? new Lookup.NotFound() : new Lookup.Found(view);
        } catch (InvalidStateStoreException | IllegalStateException e) {
            return new Lookup.NotReady();
        }
    }
}
