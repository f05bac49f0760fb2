package dev.microcred.status.verify;

import dev.microcred.schemas.CredentialStatus;
import dev.microcred.schemas.IssuerProfile;
import dev.microcred.status.topology.StatusTopology;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Interactive queries on this instance's stores. While the stores are restoring or rebalancing the
 * answer is "not ready", never a guess from a half-restored store. (Forwarding to the instance
 * that owns a hash when several run is the multi-instance issue's work.)
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

    private final KafkaStreams streams;

    StatusLookup(KafkaStreams streams) {
        this.streams = streams;
    }

    public Lookup find(String hash) {
        if (streams.state() != KafkaStreams.State.RUNNING) {
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
    public Optional<IssuerProfile> issuerAt(String host, String directory) {
        try (var all = issuerStore().all()) {
            return StreamSupport.stream(((Iterable<org.apache.kafka.streams.KeyValue<String, IssuerProfile>>) () -> all).spliterator(), false)
                    .map(kv -> kv.value)
                    .filter(p -> p.getDomain().equals(host) && DomainBinding.under(directory, p.getBasePath()))
                    .max(Comparator.comparingInt(p -> p.getBasePath().length()));
        } catch (InvalidStateStoreException e) {
            return Optional.empty();
        }
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
