package dev.microcred.status.lookup;

import dev.microcred.status.topology.ActiveStatusStores;
import dev.microcred.status.topology.StatusTopology;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The status view of any hash, from whichever instance holds its partition. The streams metadata
 * says where the partition lives; {@link LookupPlan} decides which copy may answer; this class
 * reads that copy: its own stores through interactive queries, another instance's through
 * {@link PeerClient}. Reads are pinned to the hash's partition, so a copy that is missing or not
 * yet restored fails the read ("not ready") instead of returning a wrong "not found", and so does
 * a copy whose last relay heartbeat is older than the {@link FreshnessBound}.
 */
@ApplicationScoped
public class StatusLookup {
    private static final Serializer<String> KEYS = new StringSerializer();

    private final KafkaStreams streams;
    private final LocalStores stores;
    private final HashPartitions partitions;
    private final String self;
    private final StoreLags lags;
    private final PeerClient peers;
    private final long maxStandbyLag;

    StatusLookup(KafkaStreams streams, ActiveStatusStores active,
            @ConfigProperty(name = "kafka-streams.application.server") String self, StoreLags lags, PeerClient peers,
            @ConfigProperty(name = "status.max-standby-lag") long maxStandbyLag,
            @ConfigProperty(name = "status.max-staleness") Duration maxStaleness, Clock clock) {
        this.streams = streams;
        this.stores = new LocalStores(streams, active, new FreshnessBound(clock, maxStaleness));
        this.partitions = new HashPartitions(streams);
        this.self = instance(HostInfo.buildFromEndpoint(self));
        this.lags = lags;
        this.peers = peers;
        this.maxStandbyLag = maxStandbyLag;
    }

    /** For the public endpoint: any hash, asking the owning instance server-side if needed. */
    public Lookup find(String hash) {
        return lookup(hash, false);
    }

    /** For a request another instance forwarded: this instance's own copies only, never a second hop. */
    public Lookup findHere(String hash) {
        return lookup(hash, true);
    }

    /**
     * For the public endpoint, without blocking: when the plan reads this instance's active store
     * first (it owns the hash's partition) and that store answers, found or not found, that answer,
     * which is then exactly what {@link #find} says. Empty when {@link #find} must decide: the owner
     * is another instance, the active store here cannot answer (a fallback may), or the metadata is
     * unknown. A hash found in the active copy of the partition the producers' partitioner names is
     * answered without the metadata (see {@link HashPartitions}); the metadata decides the rest.
     */
    public Optional<Lookup> findIfOwnedHere(String hash) {
        OptionalInt likely = partitions.of(hash);
        Lookup guessed = likely.isPresent() ? stores.readActive(likely.getAsInt(), hash) : null;
        if (guessed instanceof Lookup.Found) {
            return Optional.of(guessed);
        }
        KeyQueryMetadata metadata = metadata(hash);
        if (metadata == null) {
            return Optional.empty();
        }
        // The guessed partition was the right one: its read stands, instead of reading the same store again.
        boolean readAlready = guessed != null && likely.getAsInt() == metadata.partition();
        return LookupPlan.answerFromActiveHere(self, instance(metadata.activeHost()),
                () -> readAlready ? guessed : stores.readActive(metadata.partition(), hash));
    }

    private Lookup lookup(String hash, boolean forwarded) {
        KeyQueryMetadata metadata = metadata(hash);
        if (metadata == null) {
            return new Lookup.NotReady();
        }
        LookupPlan.Placement placement = new LookupPlan.Placement(instance(metadata.activeHost()),
                metadata.standbyHosts().stream().map(StatusLookup::instance).collect(Collectors.toSet()));
        int partition = metadata.partition();
        return LookupPlan.firstAnswer(
                LookupPlan.sources(self, placement, lags.of(partition), maxStandbyLag, forwarded),
                source -> read(source, hash, partition));
    }

    private KeyQueryMetadata metadata(String hash) {
        if (!streams.state().isRunningOrRebalancing()) {
            return null;
        }
        try {
            KeyQueryMetadata metadata = streams.queryMetadataForKey(StatusTopology.STATUS_STORE, hash, KEYS);
            return metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE) ? null : metadata;
        } catch (InvalidStateStoreException | IllegalStateException e) {
            return null;
        }
    }

    private Lookup read(LookupPlan.Source source, String hash, int partition) {
        if (source instanceof LookupPlan.Source.Remote remote) {
            return peers.ask(remote.instance(), hash);
        }
        return source instanceof LookupPlan.Source.LocalStandby
                ? stores.readAnyCopy(partition, hash) : stores.readActive(partition, hash);
    }

    private static String instance(HostInfo host) {
        return host.host() + ":" + host.port();
    }
}
