package dev.microcred.forwarder.feed;

import dev.microcred.forwarder.kafka.KafkaSettings;
import dev.microcred.forwarder.leadership.LeaderElection;
import dev.microcred.forwarder.leadership.LeadershipChecked;
import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.RegistryValues;
import dev.microcred.schemas.RejectedRecords;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Transport of the feed index: while this instance leads, one thread reads status-deltas, appends
 * each poll to {@link FeedIndex} in one transaction, then commits the offsets (at-least-once in,
 * exactly-once rows thanks to the delta_id de-duplication). A record that can never be read goes
 * to {@link RejectionTopic#TOPIC} instead of blocking every witness behind it.
 *
 * <p>One thread on one instance, inserting in consumption order, is what makes positions good
 * cursors: per partition (so per hash) the order is kept. Leadership decides the instance; a
 * standby runs no consumer at all, so the group has a single member.
 */
@ApplicationScoped
public class FeedConsumer {
    private static final Logger LOG = Logger.getLogger(FeedConsumer.class);

    private final FeedIndex index;
    private final KafkaSettings kafka;
    private final KafkaConnection connection;
    private final String groupId;
    private final LeaderElection election;
    private FeedLoop loop;
    private boolean shutDown;

    FeedConsumer(FeedIndex index, KafkaSettings kafka, KafkaConnection connection,
            @ConfigProperty(name = "forwarder.feed.group-id") String groupId, LeaderElection election) {
        this.index = index;
        this.kafka = kafka;
        this.connection = connection;
        this.groupId = groupId;
        this.election = election;
    }

    synchronized void follow(@Observes LeadershipChecked check) throws InterruptedException {
        if (check.leading() && loop == null && !shutDown) {
            loop = new FeedLoop(this::newConsumer, this::newHandler,
                    () -> election.resign("the feed consumer keeps failing, or holds no partition"),
                    Duration.ofSeconds(2), Duration.ofSeconds(30));
            loop.start();
            LOG.info("feed consumer started");
        } else if (!check.leading() && loop != null) {
            stopLoop();
        }
    }

    synchronized void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        shutDown = true;
        if (loop != null) {
            stopLoop();
        }
    }

    private void stopLoop() throws InterruptedException {
        try {
            loop.stop();
            LOG.info("feed consumer stopped");
        } finally {
            loop = null;
        }
    }

    /** A handler for one consumer session; the loop closes it with the consumer. */
    private FeedHandler newHandler() {
        RejectedRecords rejected = new RejectedRecords(connection, RejectionTopic.TOPIC, RejectionTopic.REJECTED_BY);
        return new FeedHandler(new RegistryValues(kafka.registry()), index, rejected);
    }

    private KafkaConsumer<byte[], byte[]> newConsumer() {
        return new KafkaConsumer<>(FeedLoop.consumerConfig(connection, groupId),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
