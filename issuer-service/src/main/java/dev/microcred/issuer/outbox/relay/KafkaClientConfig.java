package dev.microcred.issuer.outbox.relay;

import dev.microcred.schemas.RegistrySettings;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.eclipse.microprofile.config.Config;

/** Producer, consumer and serializer settings from application.properties ({@code kafka.*}, {@code apicurio.registry.*}). */
@ApplicationScoped
class KafkaClientConfig {
    private final Config config;
    private final RelayConfig relay;

    KafkaClientConfig(Config config, RelayConfig relay) {
        this.config = config;
        this.relay = relay;
    }

    Map<String, Object> producer() {
        Map<String, Object> p = new HashMap<>();
        p.put("bootstrap.servers", bootstrapServers());
        p.put("transactional.id", relay.transactionalId());
        p.put("enable.idempotence", true);
        p.put("acks", "all");
        p.put("linger.ms", 5);
        p.put("delivery.timeout.ms", 30_000);
        p.put("request.timeout.ms", 10_000);
        p.put("max.block.ms", 15_000);
        return p;
    }

    Map<String, Object> consumer() {
        Map<String, Object> c = new HashMap<>();
        c.put("bootstrap.servers", bootstrapServers());
        c.put("isolation.level", "read_committed");
        c.put("enable.auto.commit", false);
        c.put("default.api.timeout.ms", 30_000);
        return c;
    }

    Serializer<SpecificRecord> valueSerializer() {
        Map<String, Object> registry = RegistrySettings.from(config.getPropertyNames(),
                name -> config.getOptionalValue(name, String.class));
        AvroKafkaSerializer<SpecificRecord> serializer = new AvroKafkaSerializer<>();
        serializer.configure(registry, false);
        return serializer;
    }

    private String bootstrapServers() {
        return config.getValue("kafka.bootstrap.servers", String.class);
    }
}
