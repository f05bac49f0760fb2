package dev.microcred.status.verify;

import dev.microcred.schemas.CredentialStatus;
import dev.microcred.schemas.IssuerProfile;
import dev.microcred.status.topology.StatusTopology;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.StreamSupport;
import java.util.Spliterators;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Interactive queries on this instance's stores. While the stores are restoring or rebalancing,
 * or when another instance owns the hash's partition, the answer is "not ready" (503), never a
 * guess: a 404 would tell a verifier the credential is forged. (Forwarding to the owning instance
 * is the multi-instance issue's work.)
 */
@ApplicationScoped
public class StatusLookup {

    /** The outcome of looking one hash up. */
    public sealed interface Lookup {
        record Found(CredentialStatus view) implements Lookup {
        }

        record NotFound() implements Lookup {
        }

        record NotReady() implements Lookup {
        }
    }

    /** The issuer whose verify base contains a host and path. */
    public sealed interface IssuerMatch {
        record Found(IssuerProfile issuer) implements IssuerMatch {
        }

        record NotFound() implements IssuerMatch {
        }

        record NotReady() implements IssuerMatch {
        }
    }

    private final KafkaStreams streams;
    private final Optional<HostInfo> self;

    StatusLookup(KafkaStreams streams,
            @ConfigProperty(name = "kafka-streams.application.server") Optional<String> applicationServer) {
        this.streams = streams;
        this.self = applicationServer.map(HostInfo::buildFromEndpoint);
    }

    public Lookup find(String hash) {
        if (streams.state() != KafkaStreams.State.RUNNING || !ownedHere(hash)) {
            return new Lookup.NotReady();
        }
        try {
            CredentialStatus view = statusStore().get(hash);
            return view == null ? new Lookup.NotFound() : new Lookup.Found(view);
        } catch (InvalidStateStoreException e) {
            return new Lookup.NotReady();
        }
    }

    /** The issuer whose verify base contains this host and path: the longest base path wins. */
    public IssuerMatch issuerAt(String host, String directory) {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return new IssuerMatch.NotReady();
        }
        try (KeyValueIterator<String, IssuerProfile> all = issuerStore().all()) {
            Optional<IssuerProfile> best = StreamSupport.stream(Spliterators.spliteratorUnknownSize(all, 0), false)
                    .map(kv -> kv.value)
                    .filter(p -> p.getDomain().equals(host) && DomainBinding.under(directory, p.getBasePath()))
                    .max(Comparator.comparingInt(p -> p.getBasePath().length()));
            return best.<IssuerMatch>map(IssuerMatch.Found::new).orElseGet(IssuerMatch.NotFound::new);
        } catch (InvalidStateStoreException e) {
            return new IssuerMatch.NotReady();
        }
    }

    /** With one instance (no application.server) everything is here; otherwise ask the metadata. */
    private boolean ownedHere(String hash) {
        if (self.isEmpty()) {
            return true;
        }
        KeyQueryMetadata owner = streams.queryMetadataForKey(StatusTopology.STATUS_STORE, hash, Serdes.String().serializer());
        return owner != KeyQueryMetadata.NOT_AVAILABLE && self.get().equals(owner.activeHost());
    }

    public boolean ready() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    private ReadOnlyKeyValueStore<String, CredentialStatus> statusStore() {
        return streams.store(StoreQueryParameters.fromNameAndType(StatusTopology.STATUS_STORE,
                QueryableStoreTypes.keyValueStore()));
    }

    private ReadOnlyKeyValueStore<String, IssuerProfile> issuerStore() {
        return streams.store(StoreQueryParameters.fromNameAndType(StatusTopology.ISSUERS_STORE,
                QueryableStoreTypes.keyValueStore()));
    }
}
