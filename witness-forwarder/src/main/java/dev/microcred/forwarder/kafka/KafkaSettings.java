package dev.microcred.forwarder.kafka;

import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.RegistrySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * Client settings from application.properties: the connection to the brokers as the
 * {@code witness-forwarder} principal ({@code kafka.*}) and every {@code apicurio.registry.*}.
 */
@ApplicationScoped
public class KafkaSettings {
    private final Config config;

    KafkaSettings(Config config) {
        this.config = config;
    }

    @Produces
    @Singleton
    KafkaConnection connection() {
        return KafkaConnection.from(config.getPropertyNames(), name -> config.getOptionalValue(name, String.class));
    }

    /** Serde settings shared by the deserializer of status-deltas and the serializer of witness-receipts. */
    public Map<String, Object> registry() {
        Map<String, Object> registry = RegistrySettings.from(config.getPropertyNames(),
                name -> config.getOptionalValue(name, String.class));
        registry.put("apicurio.registry.use-specific-avro-reader", "true");
        return registry;
    }
}
