package dev.microcred.issuer.outbox.relay;

import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.RegistrySettings;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.eclipse.microprofile.config.Config;

/** Producer, consumer and serializer settings: the service's {@link KafkaConnection} and {@code apicurio.registry.*}. */
@ApplicationScoped
class KafkaClientConfig {
    private final Config config;
    private final RelayConfig relay;
    private final KafkaConnection kafka;
    private Serializer<SpecificRecord> serializer;

    KafkaClientConfig(Config config, RelayConfig relay, KafkaConnection kafka) {
        this.config = config;
        this.relay = relay;
        this.kafka = kafka;
    }

    Map<String, Object> producer() {
        Map<String, Object> p = new HashMap<>();
        p.put("transactional.id", relay.transactionalId());
        p.put("enable.idempotence", true);
        p.put("acks", "all");
        p.put("linger.ms", 5);
        p.put("delivery.timeout.ms", 30_000);
        p.put("request.timeout.ms", 10_000);
        p.put("max.block.ms", 15_000);
        return kafka.clientConfig(p);
    }

    Map<String, Object> consumer() {
        Map<String, Object> c = new HashMap<>();
        c.put("isolation.level", "read_committed");
        c.put("enable.auto.commit", false);
        c.put("default.api.timeout.ms", 30_000);
        return kafka.clientConfig(c);
    }

    /**
     * One serializer for the life of the service, handed to every producer the relay makes: it keeps
     * the schema ids it looked up, so a relay that restarts (after a broker or database failure)
     * publishes again without the registry. A producer's close would close it, so producers get it
     * through a view whose close does nothing.
     */
    synchronized Serializer<SpecificRecord> valueSerializer() {
        if (serializer == null) {
            Map<String, Object> registry = RegistrySettings.from(config.getPropertyNames(),
                    name -> config.getOptionalValue(name, String.class));
            AvroKafkaSerializer<SpecificRecord> created = new AvroKafkaSerializer<>();
            created.configure(registry, false);
            serializer = created;
        }
        Serializer<SpecificRecord> kept = serializer;
        return new Serializer<>() {
            @Override
            public byte[] serialize(String topic, SpecificRecord data) {
                return kept.serialize(topic, data);
            }

            @Override
            public byte[] serialize(String topic, Headers headers, SpecificRecord data) {
                return kept.serialize(topic, headers, data);
            }
        };
    }
}
