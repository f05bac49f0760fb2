package dev.microcred.forwarder.support;

import dev.microcred.schemas.RegistrySettings;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The test's Kafka and registry settings: the same ones the forwarder under test runs with. */
public final class Registry {
    private Registry() {
    }

    public static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    public static Map<String, Object> serdeConfig(Class<?> valueType) {
        Config config = ConfigProvider.getConfig();
        Map<String, Object> serde = RegistrySettings.from(config.getPropertyNames(),
                name -> config.getOptionalValue(name, String.class));
        serde.put("apicurio.registry.auto-register", "true");
        serde.put("apicurio.registry.use-specific-avro-reader", "true");
        serde.put("apicurio.registry.deserializer.value.return-class", valueType.getName());
        serde.put("bootstrap.servers", bootstrapServers());
        return serde;
    }
}
