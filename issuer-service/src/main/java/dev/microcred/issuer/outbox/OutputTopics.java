package dev.microcred.issuer.outbox;

import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.TopicProvisioning;
import dev.microcred.schemas.Topics;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This service writes credential-events and issuers (compacted); they exist before the relay sends.
 * credential-events must have exactly topics.partitions partitions (see TopicProvisioning#requirePartitions).
 */
@ApplicationScoped
public class OutputTopics {
    void create(@Observes StartupEvent startup, KafkaConnection kafka,
            @ConfigProperty(name = "topics.partitions") int partitions,
            @ConfigProperty(name = "topics.replication-factor") short replicationFactor) {
        TopicProvisioning.ensure(kafka, List.of(Topics.CREDENTIAL_EVENTS, Topics.ISSUERS), partitions,
                replicationFactor);
        TopicProvisioning.requirePartitions(kafka, Topics.CREDENTIAL_EVENTS.topic(), partitions);
    }
}
