package dev.microcred.forwarder.feed;

import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.RejectedRecords;
import dev.microcred.schemas.TopicProvisioning;
import dev.microcred.schemas.Topics;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * status-deltas-rejected: every delta record the forwarder could not read, copied with the reason
 * ({@link RejectedRecords}) while the rest flow. Created at start-up, before any feed consumer runs (priority), as the
 * catalogue defines it ({@link Topics.Rejections}): kept for ever, never compacted; an existing topic
 * with another cleanup policy stops the start.
 */
@ApplicationScoped
public class RejectionTopic {
    public static final String TOPIC = Topics.Rejections.STATUS_DELTAS_REJECTED.topic();
    public static final String REJECTED_BY = "witness-forwarder";

    void create(@Observes @Priority(1) StartupEvent startup,
            KafkaConnection kafka,
            @ConfigProperty(name = "topics.partitions") int partitions,
            @ConfigProperty(name = "topics.replication-factor") short replicationFactor) {
        TopicProvisioning.ensure(kafka, List.of(Topics.Rejections.STATUS_DELTAS_REJECTED.definition(partitions, replicationFactor)));
    }
}
