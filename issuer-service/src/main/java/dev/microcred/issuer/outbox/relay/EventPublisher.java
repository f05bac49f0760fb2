package dev.microcred.issuer.outbox.relay;

import dev.microcred.schemas.AvroCodec;
import dev.microcred.schemas.Topics;
import dev.microcred.schemas.RelayHeartbeat;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes outbox batches in Kafka transactions, and reads back which event ids reached the
 * topics since a recorded position. Together with the relay this gives exactly-once publication:
 * a batch is committed to Kafka before its rows are marked (with the offsets it ended at), and
 * after any failure the relay asks {@link #publishedSince} which unmarked rows are already on the
 * topics instead of sending them again.
 */
final class EventPublisher implements AutoCloseable {
    static final String EVENT_ID_HEADER = "event-id";
    static final String SEQUENCE_HEADER = "outbox-sequence";

    private final KafkaProducer<String, SpecificRecord> producer;
    private final Map<String, Object> consumerConfig;
    private final int eventPartitions;

    /** @param eventPartitions the partition count credential-events must have (topics.partitions) */
    EventPublisher(Map<String, Object> producerConfig, Serializer<SpecificRecord> valueSerializer,
            Map<String, Object> consumerConfig, int eventPartitions) {
        this.producer = new KafkaProducer<>(producerConfig, new StringSerializer(), valueSerializer);
        this.consumerConfig = consumerConfig;
        this.eventPartitions = eventPartitions;
        try {
            // Fences any older relay that used the same transactional id and aborts its open transaction.
            producer.initTransactions();
        } catch (RuntimeException e) {
            producer.close(Duration.ZERO);
            throw e;
        }
    }

    /**
     * Sends the batch in one transaction, followed, when {@code heartbeat} is given, by a
     * {@link RelayHeartbeat} on every partition of credential-events; returns, per partition written,
     * the offset after its last record.
     */
    Map<TopicPartition, Long> publish(List<PendingEvent> batch, Optional<Instant> heartbeat) {
        List<ProducerRecord<String, SpecificRecord>> heartbeats = heartbeat.map(this::heartbeats).orElse(List.of());
        producer.beginTransaction();
        try {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (PendingEvent event : batch) {
                ProducerRecord<String, SpecificRecord> record = new ProducerRecord<>(event.topic(), event.key(), decode(event));
                record.headers().add(EVENT_ID_HEADER, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
                record.headers().add(SEQUENCE_HEADER, Long.toString(event.sequence()).getBytes(StandardCharsets.UTF_8));
                sent.add(producer.send(record));
            }
            heartbeats.forEach(record -> sent.add(producer.send(record)));
            producer.commitTransaction();
            return nextOffsets(sent);
        } catch (RuntimeException e) {
            abortQuietly(e);
            throw e;
        }
    }

    /**
     * One heartbeat per partition. The partition count is checked on every beat, not only at start-up:
     * with partitions added under a running relay, it stops (and verify answers 503 as heartbeats age)
     * before an event lands in a partition that never saw its hash.
     */
    private List<ProducerRecord<String, SpecificRecord>> heartbeats(Instant asOf) {
        String topic = Topics.CREDENTIAL_EVENTS.topic();
        int partitions = producer.partitionsFor(topic).size();
        if (partitions != eventPartitions) {
            throw new IllegalStateException(topic + " has " + partitions + " partitions but topics.partitions is "
                    + eventPartitions + "; the relay publishes nothing until they agree");
        }
        List<ProducerRecord<String, SpecificRecord>> records = new ArrayList<>(partitions);
        for (int partition = 0; partition < partitions; partition++) {
            records.add(RelayHeartbeat.record(topic, partition, asOf));
        }
        return records;
    }

    private static Map<TopicPartition, Long> nextOffsets(List<Future<RecordMetadata>> sent) {
        Map<TopicPartition, Long> next = new HashMap<>();
        for (Future<RecordMetadata> future : sent) {
            try {
                // Complete: commitTransaction flushed every send.
                RecordMetadata metadata = future.get();
                next.merge(new TopicPartition(metadata.topic(), metadata.partition()), metadata.offset() + 1, Math::max);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a committed send reported a failure", e.getCause());
            }
        }
        return next;
    }

    /**
     * Event ids on the given topics from the recorded positions to the end (committed records only).
     * Everything before a recorded position was marked in the database with it, so this covers
     * every record that may be published but unmarked, whatever the batch sizes were.
     */
    /** Event ids found, and the end offsets they were read up to. */
    record Published(Set<UUID> eventIds, Map<TopicPartition, Long> ends) {
    }

    Published publishedSince(Set<String> topics, Map<TopicPartition, Long> recorded) {
        Set<UUID> ids = new HashSet<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig,
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(t -> consumer.partitionsFor(t, Duration.ofSeconds(30)).stream()
                            .map(p -> new TopicPartition(t, p.partition())))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions);
            partitions.forEach(p -> consumer.seek(p, Math.max(starts.get(p), recorded.getOrDefault(p, 0L))));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topics + " up to their ends in time");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Header id = record.headers().lastHeader(EVENT_ID_HEADER);
                    if (id != null) {
                        ids.add(UUID.fromString(new String(id.value(), StandardCharsets.UTF_8)));
                    }
                }
            }
            return new Published(ids, ends);
        }
    }

    private static SpecificRecord decode(PendingEvent event) {
        try {
            return AvroCodec.of(Topics.named(event.topic())).decode(event.payload());
        } catch (RuntimeException e) {
            // A row nobody can decode would stop the relay for good: name it so an operator can act.
            throw new IllegalStateException("outbox event " + event.eventId() + " (sequence " + event.sequence()
                    + ") cannot be decoded as a " + event.topic() + " value", e);
        }
    }

    private void abortQuietly(RuntimeException cause) {
        try {
            producer.abortTransaction();
        } catch (RuntimeException abortFailure) {
            cause.addSuppressed(abortFailure);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
