package dev.microcred.forwarder.kafka;

import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.TopicProvisioning;
import dev.microcred.schemas.Topics;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This service writes witness-receipts (kept forever). Runs before the push workers start
 * (priority), so the topic gets the catalogue's configs rather than broker defaults.
 */
@ApplicationScoped
public class OutputTopics {
    void create(@Observes @Priority(1) StartupEvent startup,
            KafkaConnection kafka,
            @ConfigProperty(name = "topics.partitions") int partitions,
            @ConfigProperty(name = "topics.replication-factor") short replicationFactor) {
        TopicProvisioning.ensure(kafka, List.of(Topics.WITNESS_RECEIPTS), partitions, replicationFactor);
    }
}
