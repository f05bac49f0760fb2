package dev.microcred.schemas;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;

/**
 * Reads a consumed value, as raw bytes in the registry's wire format, into a generated class.
 * Consumers read bytes and decode them here, record by record, rather than in the consumer's
 * deserializer: a failure then names one record, which can be set aside ({@link RejectedRecords}),
 * instead of failing every poll for ever.
 */
public final class RegistryValues implements AutoCloseable {

    /** These bytes can never be read as asked; the message is the rejection reason ({@link Rejection#reasonFor}). */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(Throwable cause) {
            super(Rejection.reasonFor(cause), cause);
        }
    }

    private final AvroKafkaDeserializer<GenericRecord> values = new AvroKafkaDeserializer<>();

    /** @param registry the {@code apicurio.registry.*} settings */
    public RegistryValues(Map<String, Object> registry) {
        Map<String, Object> config = new HashMap<>(registry);
        // Read generically, then resolve to the generated class (see SpecificModel.convert for why).
        config.put("apicurio.registry.use-specific-avro-reader", "false");
        values.configure(config, false);
    }

    /**
     * @throws Unreadable when these bytes can never be read as {@code type}; a registry outage and a
     *     record of a schema newer than this reader's ({@link NewerSchema}) are thrown as they are:
     *     the record must be read again, later or once the reader is upgraded
     */
    public <T extends SpecificRecord> T read(String topic, Headers headers, byte[] value, Class<T> type) {
        try {
            return SpecificModel.convert(values.deserialize(topic, headers, value), type);
        } catch (RuntimeException e) {
            if (RegistryOutage.explains(e) || NewerSchema.explains(e)) {
                throw e;
            }
            throw new Unreadable(e);
        }
    }

    @Override
    public void close() {
        values.close();
    }
}
