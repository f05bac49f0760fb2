package dev.microcred.forwarder.push;

import dev.microcred.forwarder.feed.FeedRow;
import dev.microcred.forwarder.kafka.KafkaSettings;
import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.Topics;
import dev.microcred.schemas.WitnessReceipt;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Records receipts on witness-receipts, keyed by witness id. The producer is idempotent (no
 * duplicates from its own retries) and shared by all workers (it is thread-safe). A batch counts as
 * delivered only once every receipt is acknowledged by the broker; a crash before the cursor moves
 * re-sends the batch, and the witness answers its original receipts, so duplicates carry equal data.
 */
@ApplicationScoped
public class ReceiptPublisher {
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaProducer<String, WitnessReceipt> producer;

    ReceiptPublisher(KafkaSettings kafka, KafkaConnection connection) {
        Map<String, Object> settings = new HashMap<>(kafka.registry());
        settings.put("enable.idempotence", true);
        settings.put("acks", "all");
        settings.put("linger.ms", 5);
        settings.put("delivery.timeout.ms", 30_000);
        settings.put("request.timeout.ms", 10_000);
        settings.put("max.block.ms", 15_000);
        Map<String, Object> config = connection.clientConfig(settings);
        AvroKafkaSerializer<WitnessReceipt> values = new AvroKafkaSerializer<>();
        values.configure(config, false);
        producer = new KafkaProducer<>(config, new StringSerializer(), values);
    }

    public void publish(String witnessId, List<FeedRow> rows, Map<String, Receipt> receipts, Instant acknowledgedAt)
            throws DeliveryFailedException, InterruptedException {
        List<Future<?>> acks = new ArrayList<>(rows.size());
        try {
            for (FeedRow row : rows) {
                acks.add(producer.send(new ProducerRecord<>(Topics.WITNESS_RECEIPTS.topic(), witnessId,
                        receipt(witnessId, row, receipts.get(row.deltaId()), acknowledgedAt))));
            }
            producer.flush();
            for (Future<?> ack : acks) {
                ack.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new DeliveryFailedException("receipts could not be recorded: " + e.getClass().getSimpleName());
        }
    }

    private static WitnessReceipt receipt(String witnessId, FeedRow row, Receipt r, Instant acknowledgedAt) {
        return WitnessReceipt.newBuilder().setWitnessId(witnessId).setDeltaId(row.deltaId()).setHash(row.hash())
                .setIssuerId(row.issuerId()).setIssuerSequence(row.issuerSequence()).setLeafIndex(r.leafIndex())
                .setWitnessedAt(r.witnessedAt()).setAcknowledgedAt(acknowledgedAt).build();
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
