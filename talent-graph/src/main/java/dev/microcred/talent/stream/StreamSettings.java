package dev.microcred.talent.stream;

import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.RegistrySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/** The talent-graph principal's connection ({@code kafka.*}) and the registry settings ({@code apicurio.registry.*}). */
@ApplicationScoped
public class StreamSettings {
    private final Config config;

    StreamSettings(Config config) {
        this.config = config;
    }

    @Produces
    @Singleton
    KafkaConnection connection() {
        return KafkaConnection.from(config.getPropertyNames(), name -> config.getOptionalValue(name, String.class));
    }

    Map<String, Object> registry() {
        return RegistrySettings.from(config.getPropertyNames(), name -> config.getOptionalValue(name, String.class));
    }
}
