package dev.microcred.talent.support;

import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.DocumentType;
import dev.microcred.schemas.IssuerProfile;
import dev.microcred.schemas.RegistrySettings;
import dev.microcred.schemas.StatusDelta;
import dev.microcred.schemas.Topics;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Plays issuer-service and status-stream on the topics talent-graph reads: issuer profiles on issuers, deltas on
 * status-deltas (keyed by hash, with the issuer's gap-free sequence), and, as a broken producer, raw bytes.
 */
public final class StatusStream {
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static KafkaProducer<String, SpecificRecord> producer;
    private static KafkaProducer<String, byte[]> raw;

    private StatusStream() {
    }

    public static void issuer(String issuerId, String domain, String basePath) {
        send(Topics.ISSUERS.topic(), issuerId, IssuerProfile.newBuilder().setIssuerId(issuerId).setDisplayName(issuerId)
                .setDomain(domain).setBasePath(basePath).setJurisdictions(List.of("UK")).setUpdatedAt(Instant.now())
                .build());
    }

    /** A delta of {@code state} for {@code hash}: the credential's public facts, no personal data. */
    public static void delta(String hash, CredentialState state, String issuerId, String domain, DocumentType type,
            String code, String level, Instant issuedAt, LocalDate validUntil) {
        send(Topics.STATUS_DELTAS.topic(), hash, delta(hash, state, SEQUENCE.incrementAndGet(), issuerId, domain, type,
                code, level, issuedAt).setValidUntil(validUntil).build());
    }

    /** A delta as a redelivery would bring it again: with the issuer sequence it had then. */
    public static void redeliver(String hash, CredentialState state, long issuerSequence, String issuerId, String domain,
            DocumentType type, String code, String level, Instant issuedAt) {
        send(Topics.STATUS_DELTAS.topic(), hash, delta(hash, state, issuerSequence, issuerId, domain, type, code, level,
                issuedAt).build());
    }

    private static StatusDelta.Builder delta(String hash, CredentialState state, long issuerSequence, String issuerId,
            String domain, DocumentType type, String code, String level, Instant issuedAt) {
        return StatusDelta.newBuilder().setDeltaId(UUID.randomUUID().toString()).setHash(hash).setState(state)
                .setIssuerId(issuerId).setIssuerDomain(domain).setIssuerSequence(issuerSequence)
                .setJurisdictions(List.of("UK")).setDocumentType(type).setCredentialCode(code).setLevel(level)
                .setIssuedAt(issuedAt).setChangedAt(Instant.now());
    }

    public static synchronized void raw(String hash, byte[] value) throws Exception {
        if (raw == null) {
            raw = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers(), "acks", "all"),
                    new StringSerializer(), new ByteArraySerializer());
        }
        raw.send(new ProducerRecord<>(Topics.STATUS_DELTAS.topic(), hash, value)).get();
    }

    private static synchronized void send(String topic, String key, SpecificRecord value) {
        if (producer == null) {
            Config config = ConfigProvider.getConfig();
            Map<String, Object> serde = RegistrySettings.from(config.getPropertyNames(),
                    name -> config.getOptionalValue(name, String.class));
            serde.put("apicurio.registry.auto-register", "true");
            serde.put("bootstrap.servers", bootstrapServers());
            serde.put("acks", "all");
            AvroKafkaSerializer<SpecificRecord> values = new AvroKafkaSerializer<>();
            values.configure(serde, false);
            producer = new KafkaProducer<>(serde, new StringSerializer(), values);
        }
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
