package dev.microcred.talent.stream;

import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.RegistryValues;
import dev.microcred.schemas.RejectedRecords;
import dev.microcred.schemas.Rejection;
import dev.microcred.schemas.TopicProvisioning;
import dev.microcred.schemas.Topics;
import dev.microcred.support.loop.BackgroundLoop;
import dev.microcred.talent.facts.CredentialFacts;
import dev.microcred.talent.facts.persistence.FactsTable;
import dev.microcred.talent.issuers.IssuerTable;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the facts and issuer tables current from status-deltas and issuers: poll, write the poll in one database
 * transaction, then commit the offsets. A crash in between reads the poll again, which changes nothing (the tables
 * keep the highest issuer sequence per hash, the newest profile per issuer). Every instance runs one follower in one
 * consumer group; partitions keep each hash's deltas in order. A record that can never be read is copied to
 * talent-graph-rejected with the reason and the records behind it go on; an outage (broker, registry, database) is
 * retried from the committed offsets.
 */
@ApplicationScoped
public class StreamFollower {
    static final String REJECTED = Topics.Rejections.TALENT_GRAPH_REJECTED.topic();
    private static final Logger LOG = Logger.getLogger(StreamFollower.class);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(2);

    private final KafkaConnection kafka;
    private final StreamSettings settings;
    private final AgroalDataSource db;
    private final FactsTable facts;
    private final IssuerTable issuers;
    private final String groupId;
    private final int partitions;
    private final short replicationFactor;
    private BackgroundLoop loop;

    StreamFollower(KafkaConnection kafka, StreamSettings settings, AgroalDataSource db, FactsTable facts,
            IssuerTable issuers, @ConfigProperty(name = "talent.stream.group-id") String groupId,
            @ConfigProperty(name = "topics.partitions") int partitions,
            @ConfigProperty(name = "topics.replication-factor") short replicationFactor) {
        this.kafka = kafka;
        this.settings = settings;
        this.db = db;
        this.facts = facts;
        this.issuers = issuers;
        this.groupId = groupId;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    void start(@Observes StartupEvent startup) {
        TopicProvisioning.ensure(kafka, List.of(Topics.Rejections.TALENT_GRAPH_REJECTED.definition(partitions, replicationFactor)));
        loop = BackgroundLoop.start("stream-follower", this::followUntilFailure,
                (e, inARow) -> LOG.errorf("stream follower failed, resuming from the committed offsets: %s", e.toString()),
                PAUSE_AFTER_FAILURE);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (loop != null) {
            loop.stop();
        }
    }

    /** One consumer, from the committed offsets, until it fails or the loop stops. */
    private void followUntilFailure(BackgroundLoop loop) throws Exception {
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(consumerConfig(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
                StreamRecords decoder = new StreamRecords(settings.registry());
                RejectedRecords rejected = new RejectedRecords(kafka, REJECTED, "talent-graph")) {
            loop.wakeWith(c::wakeup); // not an interrupt: the consumer should leave its group cleanly
            c.subscribe(List.of(Topics.STATUS_DELTAS.topic(), Topics.ISSUERS.topic()));
            while (loop.running()) {
                ConsumerRecords<byte[], byte[]> records = c.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    apply(records, decoder, rejected);
                    c.commitSync();
                }
            }
        } finally {
            loop.wakeWith(null);
        }
    }

    private void apply(ConsumerRecords<byte[], byte[]> records, StreamRecords decoder, RejectedRecords rejected)
            throws Exception {
        List<CredentialFacts> deltas = new ArrayList<>();
        List<StreamRecords.Issuer> profiles = new ArrayList<>();
        List<Rejection> unreadable = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            if (record.value() == null) {
                continue; // neither topic carries tombstones today; one would say nothing to keep
            }
            try {
                StreamRecords.Decoded decoded = decoder.decode(record);
                if (decoded instanceof StreamRecords.Facts f) {
                    deltas.add(f.facts());
                } else if (decoded instanceof StreamRecords.Issuer i) {
                    profiles.add(i);
                }
            } catch (RegistryValues.Unreadable e) {
                unreadable.add(new Rejection(record.topic(), record.partition(), record.offset(), record.key(),
                        record.value(), e.getMessage()));
            }
        }
        if (!unreadable.isEmpty()) {
            rejected.publish(unreadable);
            LOG.warnf("set aside %d unreadable record(s) on %s", unreadable.size(), REJECTED);
        }
        write(deltas, profiles);
    }

    private void write(List<CredentialFacts> deltas, List<StreamRecords.Issuer> profiles) throws SQLException {
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            try {
                facts.apply(connection, deltas);
                for (StreamRecords.Issuer i : profiles) {
                    issuers.apply(connection, i.profile().getIssuerId(), i.profile().getDomain(),
                            i.profile().getBasePath(), i.profile().getUpdatedAt());
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private Map<String, Object> consumerConfig() {
        return kafka.clientConfig(Map.of("group.id", groupId, "isolation.level", "read_committed",
                "auto.offset.reset", "earliest", "enable.auto.commit", false, "max.poll.records", 1000,
                "session.timeout.ms", 10_000));
    }
}
