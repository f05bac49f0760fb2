package dev.microcred.forwarder.kafka;

import dev.microcred.schemas.RegistrySettings;
import jakarta.enterprise.context.ApplicationScoped;
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
        Map<String, Object> registry = RegistrySettings.from(config.getPropertyNames(),
                name -> config.getOptionalValue(name, String.class));
        registry.put("apicurio.registry.use-specific-avro-reader", "true");
        return registry;
    }
}
