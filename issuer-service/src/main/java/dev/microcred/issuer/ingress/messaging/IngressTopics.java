package dev.microcred.issuer.ingress.messaging;

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
 * Creates training.completions (catalogue configs: deleted after a week) and its rejection topic
 * at start-up, before the consumer runs (priority). The rejected copies carry the same personal
 * data, so they are kept no longer than the originals.
 */
@ApplicationScoped
public class IngressTopics {
    /** Every completion the issuer refused (unreadable bytes, unknown issuer, invalid request), with the reason. */
    public static final String REJECTED = Topics.Rejections.TRAINING_COMPLETIONS_REJECTED.topic();
    public static final String REJECTED_BY = "issuer-service";

    void create(@Observes @Priority(1) StartupEvent startup,
            KafkaConnection kafka,
            @ConfigProperty(name = "topics.partitions") int partitions,
            @ConfigProperty(name = "topics.replication-factor") short replicationFactor) {
        TopicProvisioning.ensure(kafka, List.of(Topics.TRAINING_COMPLETIONS.definition(partitions, replicationFactor),
                Topics.Rejections.TRAINING_COMPLETIONS_REJECTED.definition(partitions, replicationFactor)));
    }
}
