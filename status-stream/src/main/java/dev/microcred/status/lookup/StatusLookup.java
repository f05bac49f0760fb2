package dev.microcred.status.lookup;

import dev.microcred.schemas.CredentialStatus;
import dev.microcred.status.topology.StatusTopology;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The status view of any hash, from whichever instance holds its partition. The streams metadata
 * says where the partition lives; {@link LookupPlan} decides which copy may answer; this class
 * reads that copy: its own stores through interactive queries, another instance's through
 * {@link PeerClient}. Reads are pinned to the hash's partition, so a copy that is missing or not
 * yet restored fails the read ("not ready") instead of returning a wrong "not found".
 */
@ApplicationScoped
public class StatusLookup {
    private final KafkaStreams streams;
    private final String self;
    private final StoreLags lags;
    private final PeerClient peers;
    private final long maxStandbyLag;

    StatusLookup(KafkaStreams streams, @ConfigProperty(name = "kafka-streams.application.server") String self,
            StoreLags lags, PeerClient peers, @ConfigProperty(name = "status.max-standby-lag") long maxStandbyLag) {
        this.streams = streams;
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
            KeyQueryMetadata metadata = streams.queryMetadataForKey(StatusTopology.STATUS_STORE, hash,
                    Serdes.String().serializer());
            return metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE) ? null : metadata;
        } catch (InvalidStateStoreException | IllegalStateException e) {
            return null;
        }
    }

    private Lookup read(LookupPlan.Source source, String hash, int partition) {
        if (source instanceof LookupPlan.Source.Remote remote) {
            return peers.ask(remote.instance(), hash);
        }
        StoreQueryParameters<ReadOnlyKeyValueStore<String, CredentialStatus>> query = StoreQueryParameters
                .fromNameAndType(StatusTopology.STATUS_STORE, QueryableStoreTypes.<String, CredentialStatus>keyValueStore())
                .withPartition(partition);
        try {
            CredentialStatus view = streams.store(source instanceof LookupPlan.Source.LocalStandby
                    ? query.enableStaleStores() : query).get(hash);
            return view == null ? new Lookup.NotFound() : new Lookup.Found(view);
        } catch (InvalidStateStoreException | IllegalStateException e) {
            return new Lookup.NotReady();
        }
    }

    private static String instance(HostInfo host) {
        return host.host() + ":" + host.port();
    }
}
