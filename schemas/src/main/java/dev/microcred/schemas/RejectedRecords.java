package dev.microcred.schemas;

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
 * A rejection topic: every record a consumer refused, byte for byte (key and value as consumed),
 * with headers saying who rejected it ({@code rejected-by}), why ({@code reason}) and where it came
 * from ({@code source-topic}, {@code source-partition}, {@code source-offset}), so it can be
 * inspected and re-sent once fixed. A consumer commits past a rejected record only after
 * {@link #publish} returned, so nothing is lost; a crash in between rejects it again
 * (at-least-once: de-duplicate on source partition and offset).
 */
public final class RejectedRecords implements AutoCloseable {
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final String topic;
    private final String rejectedBy;
    private final KafkaProducer<byte[], byte[]> producer;

    public RejectedRecords(KafkaConnection kafka, String topic, String rejectedBy) {
        this.topic = topic;
        this.rejectedBy = rejectedBy;
        this.producer = new KafkaProducer<>(kafka.clientConfig(Map.of("enable.idempotence", true, "acks", "all",
                "delivery.timeout.ms", 30_000, "request.timeout.ms", 10_000, "max.block.ms", 15_000)),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Returns once the broker acknowledged every copy; throws (a transient failure) otherwise. */
    public void publish(List<Rejection> rejections) throws ExecutionException, InterruptedException, TimeoutException {
        List<Future<?>> acks = new ArrayList<>(rejections.size());
        for (Rejection r : rejections) {
            RecordHeaders headers = new RecordHeaders();
            headers.add("rejected-by", bytes(rejectedBy));
            headers.add("reason", bytes(r.reason()));
            headers.add("source-topic", bytes(r.topic()));
            headers.add("source-partition", bytes(Integer.toString(r.partition())));
            headers.add("source-offset", bytes(Long.toString(r.offset())));
            acks.add(producer.send(new ProducerRecord<>(topic, null, r.key(), r.value(), headers)));
        }
        producer.flush();
        for (Future<?> ack : acks) {
            ack.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
