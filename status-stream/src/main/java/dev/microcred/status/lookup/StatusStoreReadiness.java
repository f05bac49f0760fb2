package dev.microcred.status.lookup;

import dev.microcred.status.topology.StatusTopology;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when this instance can answer verify requests: Streams is RUNNING, the metadata knows which
 * instances own the status store (so any hash can be routed), and the active partitions assigned
 * here, if any, are restored and readable. The extension's own state check is only a liveness
 * check (it accepts REBALANCING), and its readiness check only looks at topics.
 */
@Readiness
@ApplicationScoped
public class StatusStoreReadiness implements HealthCheck {
    private static final String NAME = "status store can answer";

    private final KafkaStreams streams;
    private final HostInfo self;

    StatusStoreReadiness(KafkaStreams streams, @ConfigProperty(name = "kafka-streams.application.server") String self) {
        this.streams = streams;
        this.self = HostInfo.buildFromEndpoint(self);
    }

    @Override
    public HealthCheckResponse call() {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING) {
            return HealthCheckResponse.named(NAME).down().withData("state", state.name()).build();
        }
        try {
            boolean anyOwner = false;
            for (StreamsMetadata instance : streams.streamsMetadataForStore(StatusTopology.STATUS_STORE)) {
                anyOwner |= !instance.topicPartitions().isEmpty();
                if (instance.hostInfo().equals(self) && !instance.topicPartitions().isEmpty()) {
                    streams.store(StoreQueryParameters.fromNameAndType(StatusTopology.STATUS_STORE,
                            QueryableStoreTypes.keyValueStore())).approximateNumEntries();
                }
            }
            return HealthCheckResponse.named(NAME).status(anyOwner).withData("state", state.name()).build();
        } catch (InvalidStateStoreException | IllegalStateException e) {
            return HealthCheckResponse.named(NAME).down().withData("state", state.name())
                    .withData("store", e.getMessage()).build();
        }
    }
}
