package dev.microcred.issuer;

import dev.microcred.infra.ApicurioRegistry;
import dev.microcred.infra.FreePort;
import dev.microcred.infra.KafkaCluster;
import dev.microcred.infra.PostgresServer;
import dev.microcred.infra.ScratchDirectory;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;

/**
 * As {@link RealInfrastructure}, but with three Kafka brokers replicating as a production cluster
 * does (replication factor 3, two in sync), so that a test can stop a partition's leader.
 */
public class ThreeBrokerInfrastructure implements QuarkusTestResourceLifecycleManager {
    private static KafkaCluster cluster;
    private ScratchDirectory dir;
    private PostgresServer postgres;
    private ApicurioRegistry registry;

    @Override
    public Map<String, String> start() {
        dir = ScratchDirectory.create("issuer-three-brokers-");
        postgres = PostgresServer.start(dir.resolve("pg"), FreePort.pick());
        cluster = KafkaCluster.startThreeBrokers(dir.resolve("kafka"));
        registry = ApicurioRegistry.start(FreePort.pick(), dir.resolve("registry.log"));
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.database("issuer"),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password(),
                "kafka.bootstrap.servers", cluster.bootstrapServers(),
                "apicurio.registry.url", registry.apiUrl(),
                "topics.replication-factor", "3");
    }

    public static String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Stops the broker leading this partition; answers its node id. */
    public static int stopLeaderOf(String topic, int partition) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            int leader = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .get(partition).leader().id();
            cluster.stopBroker(leader);
            return leader;
        }
    }

    @Override
    public void stop() {
        registry.close();
        cluster.close();
        postgres.close();
        dir.close();
    }
}
