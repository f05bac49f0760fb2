package dev.microcred.status.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.microcred.schemas.CredentialStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;

/** What verify may read of a partition's running active copy, and how fresh it is. */
class ActiveStatusStoresTest {
    private final ActiveStatusStores active = new ActiveStatusStores();

    @Test
    void aCopyRestoredWithAMarkIsAsFreshAsItsMarkBeforeAnyNewHeartbeat() {
        //Given a store restored from its changelog, holding the mark of a heartbeat of 12:00:05
        MapStore restored = new MapStore();
        restored.map.put(FreshnessMark.KEY, FreshnessMark.of(Instant.parse("2026-02-01T12:00:05Z")));

        //When its task starts running here
        active.running(3, restored);

        //Then verify knows the copy's freshness at once
        assertEquals(Optional.of(Instant.parse("2026-02-01T12:00:05Z")), active.of(3).freshAsOf());
    }

    @Test
    void aCopyWithoutAMarkHasNoFreshness() {
        active.running(3, new MapStore());
        assertEquals(Optional.empty(), active.of(3).freshAsOf());
    }

    @Test
    void aHeartbeatFoldedByAnOldStoreDoesNotVouchForItsSuccessor() {
        //Given partition 3's task moved on to a new store
        MapStore old = new MapStore();
        MapStore current = new MapStore();
        active.running(3, old);
        active.stopped(3, old);
        active.running(3, current);

        //When a late call for the old store arrives
        active.folded(3, old, Instant.parse("2026-02-01T12:00:09Z"));
        active.stopped(3, old);

        //Then the current copy is untouched and still offered
        assertEquals(Optional.empty(), active.of(3).freshAsOf());
        assertEquals(current, active.of(3).store());
        active.stopped(3, current);
        assertNull(active.of(3));
    }

    /** A store of one class's unit test: only get is read. */
    private static final class MapStore implements ReadOnlyKeyValueStore<String, CredentialStatus> {
        final Map<String, CredentialStatus> map = new HashMap<>();

        @Override
        public CredentialStatus get(String key) {
            return map.get(key);
        }

        @Override
        public KeyValueIterator<String, CredentialStatus> range(String from, String to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public KeyValueIterator<String, CredentialStatus> all() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long approximateNumEntries() {
            return map.size();
        }
    }
}
