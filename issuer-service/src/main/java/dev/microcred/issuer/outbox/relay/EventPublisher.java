package dev.microcred.issuer.outbox.relay;

import dev.microcred.schemas.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes outbox batches in Kafka transactions, and reads back which event ids the last
 * transactions put on the topics. Together with the relay this gives exactly-once publication:
 * a batch is committed to Kafka before its rows are marked, and after any failure the relay asks
 * {@link #recentlyPublished} which unmarked rows are already on the topic instead of sending them again.
 */
final class EventPublisher implements AutoCloseable {
    static final String EVENT_ID_HEADER = "event-id";
    static final String SEQUENCE_HEADER = "outbox-sequence";

    private final KafkaProducer<String, SpecificRecord> producer;
    private final Map<String, Object> consumerConfig;

    EventPublisher(Map<String, Object> producerConfig, Serializer<SpecificRecord> valueSerializer,
            Map<String, Object> consumerConfig) {
        this.producer = new KafkaProducer<>(producerConfig, new StringSerializer(), valueSerializer);
        this.consumerConfig = consumerConfig;
        // Fences any older relay that used the same transactional id and aborts its open transaction.
        producer.initTransactions();
    }

    void publish(List<PendingEvent> batch) {
        producer.beginTransaction();
        try {
            for (PendingEvent event : batch) {
                ProducerRecord<String, SpecificRecord> record = new ProducerRecord<>(event.topic(), event.key(), decode(event));
                record.headers().add(EVENT_ID_HEADER, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
                record.headers().add(SEQUENCE_HEADER, Long.toString(event.sequence()).getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.commitTransaction();
        } catch (RuntimeException e) {
            abortQuietly(e);
            throw e;
        }
    }

    /**
     * Event ids in the last {@code window} offsets of every partition of the given topics, committed
     * transactions only. The relay is the only writer and marks each batch before sending the next,
     * so a window of one batch per partition covers everything that may be unmarked.
     */
    Set<UUID> recentlyPublished(Set<String> topics, int window) {
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
            partitions.forEach(p -> consumer.seek(p, Math.max(starts.get(p), ends.get(p) - window)));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the tail of " + topics + " in time");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Header id = record.headers().lastHeader(EVENT_ID_HEADER);
                    if (id != null) {
                        ids.add(UUID.fromString(new String(id.value(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return ids;
    }

    private static SpecificRecord decode(PendingEvent event) {
        Topics topic = Topics.named(event.topic());
        try {
            return new SpecificDatumReader<SpecificRecord>(topic.valueSchema())
                    .read(null, DecoderFactory.get().binaryDecoder(event.payload(), null));
        } catch (IOException e) {
            throw new UncheckedIOException("outbox event " + event.eventId() + " is not a " + topic.topic() + " value", e);
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
