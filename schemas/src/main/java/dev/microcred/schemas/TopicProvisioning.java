package dev.microcred.schemas;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the catalogued topics a service writes, with their cleanup policies, unless they exist.
 * Each service provisions its own outputs at start-up, so no topic is ever auto-created with the
 * broker's defaults (which would make credential-status a non-compacted topic).
 */
public final class TopicProvisioning {
    private TopicProvisioning() {
    }

    public static void ensure(String bootstrapServers, List<Topics> topics, int partitions, short replicationFactor) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            for (Topics topic : topics) {
                try {
                    admin.createTopics(List.of(topic.definition(partitions, replicationFactor))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topic " + topic.topic(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
