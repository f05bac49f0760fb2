package dev.microcred.issuer.ingress.messaging;

import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.RegistrySettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Kafka and registry settings of the ingress, from application.properties ({@code ingress.*}, {@code apicurio.registry.*}). */
@ApplicationScoped
class IngressSettings {
    private final Config config;
    private final KafkaConnection kafka;
    private final boolean enabled;
    private final String groupId;
    private final int batchSize;

    IngressSettings(Config config, KafkaConnection kafka, @ConfigProperty(name = "ingress.enabled") boolean enabled,
            @ConfigProperty(name = "ingress.group-id") String groupId,
            @ConfigProperty(name = "ingress.batch-size") int batchSize) {
        this.config = config;
        this.kafka = kafka;
        this.enabled = enabled;
        this.groupId = groupId;
        this.batchSize = batchSize;
    }

    boolean enabled() {
        return enabled;
    }

    /**
     * Offsets are committed by hand after the credentials are durable; only committed platform
     * transactions are read. A poll is at most one issuing batch. A 10 s session instead of the
     * default 45 s hands a crashed instance's partitions to the others sooner.
     */
    Map<String, Object> consumer() {
        return kafka.clientConfig(Map.of("group.id", groupId, "isolation.level", "read_committed",
                "auto.offset.reset", "earliest", "enable.auto.commit", false, "max.poll.records", batchSize,
                "session.timeout.ms", 10_000));
    }

    Map<String, Object> registry() {
        return RegistrySettings.from(config.getPropertyNames(), name -> config.getOptionalValue(name, String.class));
    }
}
