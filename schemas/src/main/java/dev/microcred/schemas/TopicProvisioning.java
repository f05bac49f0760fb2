package dev.microcred.schemas;

import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the topics a service writes, with their cleanup policies, unless they exist, and refuses
 * to start on an existing topic with the wrong cleanup policy (a credential-status that deletes
 * instead of compacting would lose the view of old credentials) or, where asked, the wrong number
 * of partitions.
 */
public final class TopicProvisioning {
    private TopicProvisioning() {
    }

    /** The catalogued topics, as {@link Topics#definition} defines them. */
    public static void ensure(KafkaConnection kafka, List<Topics> topics, int partitions, short replicationFactor) {
        ensure(kafka, topics.stream().map(t -> t.definition(partitions, replicationFactor)).toList());
    }

    /** Any topics; each definition must name its cleanup.policy. */
    public static void ensure(KafkaConnection kafka, List<NewTopic> definitions) {
        try (Admin admin = Admin.create(kafka.clientConfig())) {
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

    /**
     * Refuses a topic whose partition count is not {@code expected}. Credential topics are keyed by
     * hash, and a hash's partition is its key's murmur2 modulo the count: with partitions added, a
     * hash's next event would land in a partition that never saw its earlier ones, whose status
     * store would then answer without them (an old OK beside a new REVOKED).
     */
    public static void requirePartitions(KafkaConnection kafka, String topic, int expected) {
        try (Admin admin = Admin.create(kafka.clientConfig())) {
            int actual = partitionCount(admin, topic);
            if (actual != expected) {
                throw new IllegalStateException("topic " + topic + " has " + actual + " partitions but topics.partitions is "
                        + expected + "; a hash keeps its partition only while the count never changes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int partitionCount(Admin admin, String topic) throws InterruptedException {
        return askUntilKnown("could not describe " + topic,
                () -> admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size());
    }

    private static void requireCleanupPolicy(Admin admin, NewTopic topic) throws InterruptedException {
        String expected = topic.configs().get("cleanup.policy");
        String actual = cleanupPolicy(admin, topic.name());
        if (!expected.equals(actual)) {
            throw new IllegalStateException("topic " + topic.name() + " has cleanup.policy=" + actual
                    + " but must be " + expected + "; fix it with kafka-configs before starting");
        }
    }

    private static String cleanupPolicy(Admin admin, String topic) throws InterruptedException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return askUntilKnown("could not read the configuration of " + topic,
                () -> admin.describeConfigs(List.of(resource)).all().get().get(resource).get("cleanup.policy").value());
    }

    /** One admin question about a topic. */
    private interface AdminQuestion<T> {
        T ask() throws ExecutionException, InterruptedException;
    }

    /** A topic just created may take a moment to reach the broker's metadata: ask a few times. */
    private static <T> T askUntilKnown(String failure, AdminQuestion<T> question) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return question.ask();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || attempt == 50) {
                    throw new IllegalStateException(failure, e.getCause());
                }
                Thread.sleep(100);
            }
        }
    }
}
