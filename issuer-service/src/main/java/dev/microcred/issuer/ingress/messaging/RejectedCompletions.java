package dev.microcred.issuer.ingress.messaging;

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
 * Topic training.completions.rejected: every completion the issuer refused (unreadable bytes,
 * unknown issuer, invalid request), byte for byte as consumed, with headers saying why
 * ({@code reason}) and where it came from ({@code source-topic}, {@code source-partition},
 * {@code source-offset}), so the platform can fix and re-send it. The consumer commits past a
 * rejected record only after the broker acknowledged its copy here; a crash in between rejects
 * it again (at-least-once: de-duplicate on source partition and offset).
 *
 * <p>The values are whatever arrived, not Avro of ours, so the topic is outside the catalogue;
 * {@link IngressTopics} creates it.
 */
@ApplicationScoped
public class RejectedCompletions {
    public static final String TOPIC = "training.completions.rejected";
    public static final String REJECTED_BY = "issuer-service";
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaProducer<byte[], byte[]> producer;

    RejectedCompletions(IngressSettings kafka) {
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
