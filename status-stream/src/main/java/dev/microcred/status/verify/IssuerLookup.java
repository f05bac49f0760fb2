package dev.microcred.status.verify;

import dev.microcred.schemas.IssuerProfile;
import dev.microcred.status.topology.StatusTopology;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which issuer a verify base belongs to, from the issuers global table: every instance holds all
 * of it, so no forwarding is needed. The table is read into an {@link IssuerDirectory} at most once
 * per {@code status.issuers.refresh}, not once per metadata request: a new or changed issuer shows
 * in verification-meta.json that much later, while status answers never depend on it. While the
 * table is not ready the answer is "not ready" (503).
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

    private record Cached(IssuerDirectory directory, long readAtNanos) {
    }

    private final KafkaStreams streams;
    private final long refreshNanos;
    private volatile Cached cached;

    IssuerLookup(KafkaStreams streams, @ConfigProperty(name = "status.issuers.refresh") Duration refresh) {
        this.streams = streams;
        this.refreshNanos = refresh.toNanos();
    }

    /** The issuer whose verify base contains this host and path: the longest base path wins. */
    public IssuerMatch issuerAt(String host, String directory) {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return new IssuerMatch.NotReady();
        }
        try {
            return directory().at(host, directory).<IssuerMatch>map(IssuerMatch.Found::new)
                    .orElseGet(IssuerMatch.NotFound::new);
        } catch (InvalidStateStoreException e) {
            return new IssuerMatch.NotReady();
        }
    }

    private IssuerDirectory directory() {
        Cached current = cached;
        long now = System.nanoTime();
        if (current != null && now - current.readAtNanos() < refreshNanos) {
            return current.directory();
        }
        synchronized (this) {
            // Another request may have read it while this one waited.
            current = cached;
            if (current == null || System.nanoTime() - current.readAtNanos() >= refreshNanos) {
                current = new Cached(IssuerDirectory.of(readAll()), System.nanoTime());
                cached = current;
            }
            return current.directory();
        }
    }

    private List<IssuerProfile> readAll() {
        List<IssuerProfile> all = new ArrayList<>();
        try (KeyValueIterator<String, IssuerProfile> rows = issuerStore().all()) {
            rows.forEachRemaining(kv -> all.add(kv.value));
        }
        return all;
    }

    private ReadOnlyKeyValueStore<String, IssuerProfile> issuerStore() {
        return streams.store(StoreQueryParameters.fromNameAndType(StatusTopology.ISSUERS_STORE,
                QueryableStoreTypes.keyValueStore()));
    }
}
