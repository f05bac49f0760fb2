package dev.microcred.forwarder.feed;

import dev.microcred.schemas.NewerSchema;
import dev.microcred.schemas.RegistryOutage;
import dev.microcred.schemas.SpecificModel;
import dev.microcred.schemas.StatusDelta;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.Headers;

/**
 * Turns a status-deltas value, as raw bytes, into what the index keeps. Values are read as bytes
 * and decoded here, record by record, rather than by the consumer's deserializer: a failure then
 * names one record, which can be rejected, instead of failing the whole poll for ever.
 */
final class DeltaDecoder implements AutoCloseable {
    private final AvroKafkaDeserializer<GenericRecord> values = new AvroKafkaDeserializer<>();

    DeltaDecoder(Map<String, Object> registry) {
        Map<String, Object> config = new HashMap<>(registry);
        // Read generically, then resolve to StatusDelta (see SpecificModel.convert for why).
        config.put("apicurio.registry.use-specific-avro-reader", "false");
        values.configure(config, false);
    }

    /**
     * @throws UnreadableDeltaException when this record can never be read; any other exception
     *     (the registry away, a schema newer than this forwarder reads) must fail the batch without
     *     skipping anything
     */
    IndexedDelta decode(String topic, Headers headers, byte[] value) {
        try {
            GenericRecord record = values.deserialize(topic, headers, value);
            return IndexedDelta.of(SpecificModel.convert(record, StatusDelta.class));
        } catch (RuntimeException e) {
            if (RegistryOutage.explains(e) || NewerSchema.explains(e)) {
                throw e; // read again: later, or once this forwarder is upgraded (schema changes roll out consumers first)
            }
            throw new UnreadableDeltaException(e);
        }
    }

    @Override
    public void close() {
        values.close();
    }
}
