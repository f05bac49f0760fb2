package dev.microcred.status.kafka;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Serdes of the public topics: Apicurio in the Confluent wire format, reading generated classes. */
public final class RegistrySerdes {
    private final Map<String, Object> config;

    public RegistrySerdes(Map<String, ?> registryConfig) {
        this.config = new HashMap<>(registryConfig);
        config.put("apicurio.registry.use-specific-avro-reader", "true");
    }

    public <T extends SpecificRecord> Serde<T> value(Class<T> type) {
        AvroKafkaSerializer<T> serializer = new AvroKafkaSerializer<>();
        AvroKafkaDeserializer<T> deserializer = new AvroKafkaDeserializer<>();
        Map<String, Object> typed = new HashMap<>(config);
        typed.put("apicurio.registry.deserializer.value.return-class", type.getName());
        serializer.configure(typed, false);
        deserializer.configure(typed, false);
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
