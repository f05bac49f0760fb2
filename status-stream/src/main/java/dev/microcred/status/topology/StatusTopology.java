package dev.microcred.status.topology;

import dev.microcred.schemas.CredentialEvent;
import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.CredentialStatus;
import dev.microcred.schemas.IssuerProfile;
import dev.microcred.schemas.StatusDelta;
import dev.microcred.schemas.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import dev.microcred.status.view.StatusChange;

/**
 * credential-events (keyed by hash) are folded into a persistent RocksDB store keyed by hash.
 * Every change goes out twice: the view to the compacted credential-status topic (a tombstone for
 * a deletion) and an explicit delta to the append-only status-deltas topic (DELETED included).
 * Issuer profiles are a global table, so any instance can serve any issuer's metadata.
 * With exactly_once_v2, store, changelog and both outputs move together or not at all.
 */
public final class StatusTopology {
    public static final String STATUS_STORE = "credential-status-store";
    public static final String ISSUERS_STORE = "issuers-store";

    private StatusTopology() {
    }

    /** The serdes of the public topics; the store uses {@code storeSerde}. */
    public record Serdes4(Serde<CredentialEvent> events, Serde<CredentialStatus> status, Serde<StatusDelta> deltas,
            Serde<IssuerProfile> issuers, Serde<CredentialStatus> storeSerde) {
    }

    /** @param active where each running processor puts its partition's store, for verify to read */
    public static Topology build(Serdes4 serdes, ActiveStatusStores active) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STATUS_STORE),
                Serdes.String(), serdes.storeSerde()));
        KStream<String, StatusChange> changes = builder
                .stream(Topics.CREDENTIAL_EVENTS.topic(), Consumed.with(Serdes.String(), serdes.events()))
                .process(() -> new StatusProcessor(active), STATUS_STORE);
        changes.mapValues(c -> c.view().getState() == CredentialState.DELETED ? null : c.view())
                .to(Topics.CREDENTIAL_STATUS.topic(), Produced.with(Serdes.String(), serdes.status()));
        changes.mapValues(StatusChange::delta)
                .to(Topics.STATUS_DELTAS.topic(), Produced.with(Serdes.String(), serdes.deltas()));
        builder.globalTable(Topics.ISSUERS.topic(), Consumed.with(Serdes.String(), serdes.issuers()),
                Materialized.<String, IssuerProfile, KeyValueStore<Bytes, byte[]>>as(ISSUERS_STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(serdes.issuers()));
        return builder.build();
    }
}
