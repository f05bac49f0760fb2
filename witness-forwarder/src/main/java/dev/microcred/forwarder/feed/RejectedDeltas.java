package dev.microcred.forwarder.feed;

import dev.microcred.forwarder.kafka.KafkaSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Topic status-deltas-rejected: every status-deltas record the forwarder could not read, byte for
 * byte (key and value as consumed), with headers saying who rejected it, why, and where it came
 * from, so it can be inspected and replayed once fixed. Nothing is lost: the feed commits past a
 * rejected record only after the broker acknowledged its copy here. A crash in between rejects it
 * again on redelivery (at-least-once; dedupe on source-partition and source-offset).
 *
 * <p>The values are not Avro, so the topic is not in the schemas catalogue: its name is defined here
 * and {@link RejectionTopic} creates it.
 */
@ApplicationScoped
public class RejectedDeltas {
    public static final String TOPIC = "status-deltas-rejected";
    public static final String REJECTED_BY = "witness-forwarder";
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaProducer<byte[], byte[]> producer;

    RejectedDeltas(KafkaSettings kafka) {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers(), "enable.idempotence", true,
                "acks", "all", "delivery.timeout.ms", 30_000, "request.timeout.ms", 10_000, "max.block.ms", 15_000),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Returns once the broker acknowledged every copy; throws (transient) otherwise. */
    void publish(List<Rejection> rejections) throws ExecutionException, InterruptedException, TimeoutException {
        List<Future<?>> acks = new ArrayList<>(rejections.size());
        for (Rejection r : rejections) {
            RecordHeaders headers = new RecordHeaders();
            headers.add("rejected-by", bytes(REJECTED_BY));
            headers.add("reason", bytes(r.reason()));
            headers.add("source-topic", bytes(r.topic()));
            headers.add("source-partition", bytes(Integer.toString(r.partition())));
            headers.add("source-offset", bytes(Long.toString(r.offset())));
            acks.add(producer.send(new ProducerRecord<>(TOPIC, null, r.key(), r.value(), headers)));
        }
        producer.flush();
        for (Future<?> ack : acks) {
            ack.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
