package dev.microcred.status.topology;

import dev.microcred.schemas.RegistrySettings;
import dev.microcred.schemas.CredentialEvent;
import dev.microcred.schemas.CredentialStatus;
import dev.microcred.schemas.IssuerProfile;
import dev.microcred.schemas.StatusDelta;
import dev.microcred.schemas.Topics;
import dev.microcred.status.kafka.AvroBinarySerde;
import dev.microcred.status.kafka.RegistrySerdes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import org.apache.kafka.streams.Topology;
import org.eclipse.microprofile.config.Config;

/**
 * Hands the topology to the Quarkus Kafka Streams extension, with serdes configured from
 * apicurio.registry.*, and the registry of running status stores to whoever reads them.
 */
@ApplicationScoped
public class TopologyProducer {

    @Produces
    @Singleton
    ActiveStatusStores activeStores() {
        return new ActiveStatusStores();
    }

    @Produces
    Topology topology(Config config, ActiveStatusStores active) {
        Map<String, Object> registry = RegistrySettings.from(config.getPropertyNames(),
                name -> config.getOptionalValue(name, String.class));
        RegistrySerdes serdes = new RegistrySerdes(registry);
        return StatusTopology.build(new StatusTopology.Serdes4(serdes.value(CredentialEvent.class),
                serdes.value(CredentialStatus.class), serdes.value(StatusDelta.class), serdes.value(IssuerProfile.class),
                new AvroBinarySerde<>(Topics.CREDENTIAL_STATUS)), active);
    }
}
