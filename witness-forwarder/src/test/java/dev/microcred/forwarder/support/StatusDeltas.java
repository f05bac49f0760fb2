package dev.microcred.forwarder.support;

import dev.microcred.schemas.StatusDelta;
import dev.microcred.schemas.Topics;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays status-stream: produces deltas to status-deltas, keyed by hash, with the registry
 * serializer; and, playing a broken producer, raw bytes that are no delta at all.
 */
public final class StatusDeltas {
    private static KafkaProducer<String, StatusDelta> producer;
    private static KafkaProducer<String, byte[]> rawProducer;

    private StatusDeltas() {
    }

    public static synchronized void publish(StatusDelta... deltas) {
        if (producer == null) {
            Map<String, Object> config = Registry.serdeConfig(StatusDelta.class);
            config.put("acks", "all");
            AvroKafkaSerializer<StatusDelta> values = new AvroKafkaSerializer<>();
            values.configure(config, false);
            producer = new KafkaProducer<>(config, new StringSerializer(), values);
        }
        for (StatusDelta delta : deltas) {
            producer.send(new ProducerRecord<>(Topics.STATUS_DELTAS.topic(), delta.getHash(), delta));
        }
        producer.flush();
    }

    /** Produces {@code value} as is under the key {@code hash}; answers where it landed. */
    public static synchronized RecordMetadata publishRaw(String hash, byte[] value) throws Exception {
        if (rawProducer == null) {
            rawProducer = new KafkaProducer<>(Map.of("bootstrap.servers", Registry.bootstrapServers(), "acks", "all"),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return rawProducer.send(new ProducerRecord<>(Topics.STATUS_DELTAS.topic(), hash, value)).get();
    }
}
