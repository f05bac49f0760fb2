package dev.microcred.infra;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * Three real brokers and their KRaft controller inside this JVM, replicating as a production
 * cluster does (replication factor 3, two in sync), so a test can stop the broker that leads a
 * partition and see whether anything written through the others is lost or doubled. Stopping a
 * broker here is its controlled shutdown, the nearest an in-JVM broker comes to a crash. One
 * controller: the test is about brokers, and three in-JVM voters trip over quorum updates.
 */
public final class KafkaCluster implements AutoCloseable {
    private final KafkaClusterTestKit cluster;

    private KafkaCluster(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static KafkaCluster startThreeBrokers(Path baseDirectory) {
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(false).setNumBrokerNodes(3).setNumControllerNodes(1)
                    .setBaseDirectory(baseDirectory).build())
                    .setConfigProp("offsets.topic.replication.factor", "3")
                    .setConfigProp("transaction.state.log.replication.factor", "3")
                    .setConfigProp("transaction.state.log.min.isr", "2")
                    .setConfigProp("default.replication.factor", "3")
                    .setConfigProp("min.insync.replicas", "2")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("log.cleaner.dedupe.buffer.size", "2097152")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new KafkaCluster(cluster);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not start three Kafka brokers", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not start three Kafka brokers", e);
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Stops broker {@code id}; the other two carry on. */
    public void stopBroker(int id) {
        cluster.brokers().get(id).shutdown();
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the Kafka brokers", e);
        }
    }
}
