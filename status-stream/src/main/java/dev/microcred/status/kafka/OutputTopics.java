package dev.microcred.status.kafka;

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
 * This service writes credential-status (compacted), status-deltas (kept forever) and
 * {@link PoisonEvents#TOPIC} (kept forever: it holds what the view never folded). It also pins the
 * partition count of its input, credential-events, and refuses to start on a mismatch
 * ({@link TopicProvisioning#requirePartitions}); it creates that topic with the catalogue's
 * definition when issuer-service has not yet, so the count is pinned whichever starts first.
 */
@ApplicationScoped
public class OutputTopics {
    void create(@Observes @Priority(1) StartupEvent startup,
            KafkaConnection kafka,
            @ConfigProperty(name = "topics.partitions") int partitions,
            @ConfigProperty(name = "topics.replication-factor") short replicationFactor) {
        TopicProvisioning.ensure(kafka, List.of(Topics.CREDENTIAL_EVENTS, Topics.CREDENTIAL_STATUS, Topics.STATUS_DELTAS),
                partitions, replicationFactor);
        TopicProvisioning.ensure(kafka, List.of(Topics.Rejections.CREDENTIAL_EVENTS_REJECTED.definition(partitions, replicationFactor)));
        TopicProvisioning.requirePartitions(kafka, Topics.CREDENTIAL_EVENTS.topic(), partitions);
    }
}
