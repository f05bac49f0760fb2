package dev.microcred.forwarder.feed;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates {@link RejectedDeltas#TOPIC} at start-up, before any feed consumer runs (priority), like
 * the catalogue's topics (schemas' TopicProvisioning, which only knows Avro topics): kept for ever,
 * never compacted, since compaction would keep only the last rejected record per key (hash). An
 * existing topic with another cleanup policy stops the start, as for the catalogued topics.
 */
@ApplicationScoped
public class RejectionTopic {

    void create(@Observes @Priority(1) StartupEvent startup,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
            @ConfigProperty(name = "topics.partitions") int partitions,
            @ConfigProperty(name = "topics.replication-factor") short replicationFactor) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            try {
                admin.createTopics(List.of(definition(partitions, replicationFactor))).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("could not create topic " + RejectedDeltas.TOPIC, e.getCause());
                }
            }
            requireDeletePolicy(admin);
        }
    }

    static NewTopic definition(int partitions, short replicationFactor) {
        return new NewTopic(RejectedDeltas.TOPIC, partitions, replicationFactor).configs(Map.of("cleanup.policy",
                "delete", "retention.ms", "-1", "min.insync.replicas", replicationFactor > 1 ? "2" : "1"));
    }

    /** A topic just created may take a moment to reach the broker's metadata: ask a few times. */
    private static void requireDeletePolicy(Admin admin) throws InterruptedException {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, RejectedDeltas.TOPIC);
        for (int attempt = 1; ; attempt++) {
            try {
                String policy = admin.describeConfigs(List.of(topic)).all().get().get(topic).get("cleanup.policy").value();
                if (!"delete".equals(policy)) {
                    throw new IllegalStateException("topic " + RejectedDeltas.TOPIC + " has cleanup.policy=" + policy
                            + " but must be delete; fix it with kafka-configs before starting");
                }
                return;
            } catch (ExecutionException e) {
                if (attempt == 50) {
                    throw new IllegalStateException("could not read the configuration of " + RejectedDeltas.TOPIC,
                            e.getCause());
                }
                Thread.sleep(100);
            }
        }
    }
}
