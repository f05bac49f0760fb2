package dev.microcred.status.verify;

import dev.microcred.schemas.IssuerProfile;
import dev.microcred.status.topology.StatusTopology;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.Optional;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Which issuer a verify base belongs to, from the issuers global table: every instance holds all
 * of it, so no forwarding is needed. While the table is not ready the answer is "not ready" (503).
 */
@ApplicationScoped
public class IssuerLookup {

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

    IssuerLookup(KafkaStreams streams) {
        this.streams = streams;
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

    private ReadOnlyKeyValueStore<String, IssuerProfile> issuerStore() {
        return streams.store(StoreQueryParameters.fromNameAndType(StatusTopology.ISSUERS_STORE,
                QueryableStoreTypes.keyValueStore()));
    }
}
