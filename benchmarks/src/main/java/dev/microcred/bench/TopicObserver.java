package dev.microcred.bench;

import dev.microcred.schemas.StatusDelta;
import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.Topics;
import dev.microcred.schemas.WitnessReceipt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches the pipeline as a read_committed consumer: when the outbox relay sent each hash's first
 * event, when each hash first appears
 * on credential-status (status-stream committed its view, so verify answers for it: the store is
 * written before that commit, so this time is a slight over-estimate of "verifiable"), the
 * {@code changedAt} of its first status delta, and the witness's {@code witnessedAt} of its first
 * receipt. Values are read straight from the Confluent wire format (magic byte, 4-byte content id,
 * Avro body written with the registered schema, which is the class's schema).
 */
final class TopicObserver implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final boolean perHash;
    private final Thread thread;
    private volatile boolean running = true;

    final AtomicLong statusRecords = new AtomicLong();
    final AtomicLong receiptRecords = new AtomicLong();
    final Map<String, Long> verifiableAt = new ConcurrentHashMap<>();
    final Map<String, Long> deltaChangedAt = new ConcurrentHashMap<>();
    /** When the outbox relay sent each hash's first event (the record's create time on credential-events). */
    final Map<String, Long> publishedAt = new ConcurrentHashMap<>();
    final Map<String, Long> witnessedAt = new ConcurrentHashMap<>();
    /** Arrival time of each receipt, in arrival order, for delivery rates. */
    final Latencies receiptArrivals = new Latencies();

    /** {@code perHash} false only counts credential-status records (the verify benchmark's million). */
    TopicObserver(KafkaConnection kafka, boolean perHash) {
        this.perHash = perHash;
        this.consumer = new KafkaConsumer<>(kafka.clientConfig(Map.of(
                "group.id", "bench-observer-" + UUID.randomUUID(), "isolation.level", "read_committed",
                "auto.offset.reset", "earliest", "enable.auto.commit", false, "max.poll.records", 5000)),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<String> topics = perHash
                ? List.of(Topics.CREDENTIAL_EVENTS.topic(), Topics.CREDENTIAL_STATUS.topic(), Topics.STATUS_DELTAS.topic(),
                        Topics.WITNESS_RECEIPTS.topic())
                : List.of(Topics.CREDENTIAL_STATUS.topic());
        consumer.subscribe(topics);
        thread = new Thread(this::run, "topic-observer");
        thread.start();
    }

    private void run() {
        SpecificDatumReader<StatusDelta> deltas = new SpecificDatumReader<>(StatusDelta.class);
        SpecificDatumReader<WitnessReceipt> receipts = new SpecificDatumReader<>(WitnessReceipt.class);
        try {
            while (running) {
                var records = consumer.poll(Duration.ofMillis(20));
                long now = System.currentTimeMillis();
                for (ConsumerRecord<String, byte[]> r : records) {
                    if (r.topic().equals(Topics.CREDENTIAL_STATUS.topic())) {
                        statusRecords.incrementAndGet();
                        if (perHash) {
                            verifiableAt.putIfAbsent(r.key(), now);
                        }
                    } else if (r.topic().equals(Topics.CREDENTIAL_EVENTS.topic())) {
                        publishedAt.putIfAbsent(r.key(), r.timestamp());
                    } else if (r.topic().equals(Topics.STATUS_DELTAS.topic())) {
                        deltaChangedAt.putIfAbsent(r.key(), decode(deltas, r.value()).getChangedAt().toEpochMilli());
                    } else {
                        WitnessReceipt receipt = decode(receipts, r.value());
                        receiptRecords.incrementAndGet();
                        receiptArrivals.add(now);
                        witnessedAt.putIfAbsent(receipt.getHash(), receipt.getWitnessedAt().toEpochMilli());
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    private static <T extends SpecificRecord> T decode(SpecificDatumReader<T> reader, byte[] wire) {
        try {
            return reader.read(null, DecoderFactory.get().binaryDecoder(wire, 5, wire.length - 5, null));
        } catch (IOException e) {
            throw new UncheckedIOException("not the registered Avro of " + reader.getSchema().getName(), e);
        }
    }

    /** Waits until {@code done} holds or the timeout passes; answers whether it held. */
    boolean await(java.util.function.BooleanSupplier done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Quiet.sleep(100);
        }
        return true;
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
