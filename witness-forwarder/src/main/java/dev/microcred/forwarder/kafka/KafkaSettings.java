package dev.microcred.forwarder.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/** Client settings from application.properties: {@code kafka.bootstrap.servers} and every {@code apicurio.registry.*}. */
@ApplicationScoped
public class KafkaSettings {
    private final Config config;

    KafkaSettings(Config config) {
        this.config = config;
    }

    public String bootstrapServers() {
        return config.getValue("kafka.bootstrap.servers", String.class);
    }

    /** Serde settings shared by the deserializer of status-deltas and the serializer of witness-receipts. */
    public Map<String, Object> registry() {
        Map<String, Object> registry = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("apicurio.registry.")) {
                config.getOptionalValue(name, String.class).ifPresent(v -> registry.put(name, v));
            }
        }
        registry.put("apicurio.registry.use-specific-avro-reader", "true");
        return registry;
    }
}
