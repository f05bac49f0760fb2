package dev.microcred.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistrySettingsTest {

    @Test
    void everyRegistryPropertyGoesThroughAndTheCachingProviderGoesInAsAClass() {
        Map<String, String> config = Map.of("apicurio.registry.url", "http://127.0.0.1:8080/apis/registry/v3",
                "apicurio.registry.use-id", "contentId", "kafka.bootstrap.servers", "127.0.0.1:9092",
                "apicurio.registry.avro-datum-provider", "io.apicurio.registry.serde.avro.DefaultAvroDatumProvider");
        Map<String, Object> settings = RegistrySettings.from(List.copyOf(config.keySet()),
                name -> Optional.ofNullable(config.get(name)));
        assertEquals(Map.of("apicurio.registry.url", "http://127.0.0.1:8080/apis/registry/v3",
                "apicurio.registry.use-id", "contentId",
                "apicurio.registry.avro-datum-provider", CachingAvroDatumProvider.class), settings);
    }
}
