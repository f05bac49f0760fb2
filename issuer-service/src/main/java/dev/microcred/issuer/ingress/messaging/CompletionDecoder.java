package dev.microcred.issuer.ingress.messaging;

import dev.microcred.schemas.RegistryOutage;
import dev.microcred.schemas.SpecificModel;
import dev.microcred.schemas.TrainingCompletion;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.Headers;

/**
 * Reads a training.completions value from its raw bytes, record by record, rather than in the
 * consumer's deserializer: a failure then names one record, which is rejected, instead of failing
 * every poll for ever.
 */
final class CompletionDecoder implements AutoCloseable {
    private final AvroKafkaDeserializer<GenericRecord> values = new AvroKafkaDeserializer<>();

    CompletionDecoder(Map<String, Object> registry) {
        Map<String, Object> config = new HashMap<>(registry);
        // Read generically, then resolve to TrainingCompletion (see SpecificModel.convert for why).
        config.put("apicurio.registry.use-specific-avro-reader", "false");
        values.configure(config, false);
    }

    /**
     * @throws UnreadableCompletionException when these bytes can never be read; anything else (the
     *     registry away) is transient
     */
    TrainingCompletion decode(String topic, Headers headers, byte[] value) {
        if (value == null) {
            throw new UnreadableCompletionException("no value (a tombstone)", null);
        }
        try {
            return SpecificModel.convert(values.deserialize(topic, headers, value), TrainingCompletion.class);
        } catch (RuntimeException e) {
            if (RegistryOutage.explains(e)) {
                throw e;
            }
            throw new UnreadableCompletionException("not a TrainingCompletion in the registry's Avro format", e);
        }
    }

    @Override
    public void close() {
        values.close();
    }
}
