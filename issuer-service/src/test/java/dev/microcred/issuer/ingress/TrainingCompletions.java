package dev.microcred.issuer.ingress;

import dev.microcred.schemas.RegistrySettings;
import dev.microcred.schemas.Topics;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Plays a training platform: produces completions to training.completions with the registry
 * serializer, and, playing a broken one, raw bytes. Records are generic, built with the committed
 * schema: a generated class touched from the test would clash with the application's copy.
 */
final class TrainingCompletions implements AutoCloseable {
    static final Schema SCHEMA = committedSchema();

    private final KafkaProducer<String, Object> avro;
    private final KafkaProducer<String, byte[]> raw;

    TrainingCompletions() {
        Config config = ConfigProvider.getConfig();
        Map<String, Object> serde = RegistrySettings.from(config.getPropertyNames(),
                name -> config.getOptionalValue(name, String.class));
        serde.put("apicurio.registry.auto-register", "true");
        AvroKafkaSerializer<Object> values = new AvroKafkaSerializer<>();
        values.configure(serde, false);
        Map<String, Object> producer = Map.of("bootstrap.servers", config.getValue("kafka.bootstrap.servers", String.class),
                "acks", "all");
        avro = new KafkaProducer<>(producer, new StringSerializer(), values);
        raw = new KafkaProducer<>(producer, new StringSerializer(), new ByteArraySerializer());
    }

    static GenericRecord completion(String platformId, String completionId, String issuerId, String documentType,
            String request) {
        GenericRecord record = new GenericData.Record(SCHEMA);
        record.put("platformId", platformId);
        record.put("completionId", completionId);
        record.put("issuerId", issuerId);
        record.put("occurredAt", 1_767_400_000_000L);
        record.put("documentType", new GenericData.EnumSymbol(SCHEMA.getField("documentType").schema(), documentType));
        record.put("request", request);
        return record;
    }

    /** Keyed by issuer, so one test's records share a partition and arrive in the order sent. */
    RecordMetadata send(String key, GenericRecord completion) throws Exception {
        return avro.send(new ProducerRecord<>(Topics.TRAINING_COMPLETIONS.topic(), key, completion)).get();
    }

    RecordMetadata sendRaw(String key, byte[] value) throws Exception {
        return raw.send(new ProducerRecord<>(Topics.TRAINING_COMPLETIONS.topic(), key, value)).get();
    }

    @Override
    public void close() {
        avro.close();
        raw.close();
    }

    private static Schema committedSchema() {
        try (InputStream in = TrainingCompletions.class.getResourceAsStream("/schema-history/training.completions-value/v1.avsc")) {
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
