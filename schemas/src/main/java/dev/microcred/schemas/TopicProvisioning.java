package dev.microcred.schemas;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the topics a service writes, with their cleanup policies, unless they exist, and refuses
 * to start on an existing topic with the wrong cleanup policy (a credential-status that deletes
 * instead of compacting would lose the view of old credentials).
 */
public final class TopicProvisioning {
    private TopicProvisioning() {
    }

    /** The catalogued topics, as {@link Topics#definition} defines them. */
    public static void ensure(String bootstrapServers, List<Topics> topics, int partitions, short replicationFactor) {
        ensure(bootstrapServers, topics.stream().map(t -> t.definition(partitions, replicationFactor)).toList());
    }

    /** Any topics; each definition must name its cleanup.policy. */
    public static void ensure(String bootstrapServers, List<NewTopic> definitions) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            for (NewTopic topic : definitions) {
                try {
                    admin.createTopics(List.of(topic)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topic " + topic.name(), e.getCause());
                    }
                }
                requireCleanupPolicy(admin, topic);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void requireCleanupPolicy(Admin admin, NewTopic topic) throws InterruptedException {
        String expected = topic.configs().get("cleanup.policy");
        String actual = cleanupPolicy(admin, topic.name());
        if (!expected.equals(actual)) {
            throw new IllegalStateException("topic " + topic.name() + " has cleanup.policy=" + actual
                    + " but must be " + expected + "; fix it with kafka-configs before starting");
        }
    }

    /** A topic just created may take a moment to reach the broker's metadata: ask a few times. */
    private static String cleanupPolicy(Admin admin, String topic) throws InterruptedException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        for (int attempt = 1; ; attempt++) {
            try {
                return admin.describeConfigs(List.of(resource)).all().get().get(resource).get("cleanup.policy").value();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || attempt == 50) {
                    throw new IllegalStateException("could not read the configuration of " + topic, e.getCause());
                }
                Thread.sleep(100);
            }
        }
    }
}
