package dev.microcred.schemas;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the catalogued topics a service writes, with their cleanup policies, unless they exist,
 * and refuses to start on an existing topic with the wrong cleanup policy (a credential-status
 * that deletes instead of compacting would lose the view of old credentials).
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
                requireCleanupPolicy(admin, topic);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void requireCleanupPolicy(Admin admin, Topics topic) throws InterruptedException {
        String expected = topic.cleanup().name().toLowerCase(Locale.ROOT);
        String actual = cleanupPolicy(admin, topic);
        if (!expected.equals(actual)) {
            throw new IllegalStateException("topic " + topic.topic() + " has cleanup.policy=" + actual
                    + " but must be " + expected + "; fix it with kafka-configs before starting");
        }
    }

    /** A topic just created may take a moment to reach the broker's metadata: ask a few times. */
    private static String cleanupPolicy(Admin admin, Topics topic) throws InterruptedException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.topic());
        for (int attempt = 1; ; attempt++) {
            try {
                return admin.describeConfigs(List.of(resource)).all().get().get(resource).get("cleanup.policy").value();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || attempt == 50) {
                    throw new IllegalStateException("could not read the configuration of " + topic.topic(), e.getCause());
                }
                Thread.sleep(100);
            }
        }
    }
}
