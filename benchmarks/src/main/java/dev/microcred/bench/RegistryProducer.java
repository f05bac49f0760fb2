package dev.microcred.bench;

import dev.microcred.schemas.KafkaConnection;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A producer with the services' registry settings (Confluent wire format, content ids, schemas looked
 * up whole, never registered: the stack registered them at start), batching for throughput.
 */
final class RegistryProducer {
    private RegistryProducer() {
    }

    static KafkaProducer<String, Object> create(KafkaConnection kafka, String registryUrl) {
        Map<String, Object> serde = new HashMap<>(Map.of(
                "apicurio.registry.url", registryUrl,
                "apicurio.registry.headers.enabled", "false",
                "apicurio.registry.id-handler", "io.apicurio.registry.serde.Default4ByteIdHandler",
                "apicurio.registry.use-id", "contentId",
                "apicurio.registry.dereference-schema", "true",
                "apicurio.registry.auto-register", "false"));
        AvroKafkaSerializer<Object> values = new AvroKafkaSerializer<>();
        values.configure(serde, false);
        Map<String, Object> producer = kafka.clientConfig(Map.of("acks", "all",
                "linger.ms", 10, "batch.size", 262_144, "buffer.memory", 268_435_456L));
        return new KafkaProducer<>(producer, new StringSerializer(), values);
    }
}
