package dev.microcred.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KafkaConnectionTest {
    private static final String LOGIN =
            "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"issuer-service\" password=\"s3cret\";";

    @Test
    void aSaslServiceSendsItsLoginAndNothingElseOfItsKafkaProperties() {
        Map<String, String> config = Map.of("kafka.bootstrap.servers", "kafka-1:9092", "kafka.security.protocol",
                "SASL_PLAINTEXT", "kafka.sasl.mechanism", "SCRAM-SHA-512", "kafka.sasl.jaas.config", LOGIN,
                "kafka.ssl.truststore.location", "/etc/unused.p12", "apicurio.registry.url", "http://registry");

        KafkaConnection kafka = connection(config);

        assertEquals(Map.of("bootstrap.servers", "kafka-1:9092", "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", LOGIN), kafka.clientConfig());
    }

    @Test
    void aPlaintextServiceIgnoresTheSaslDefaults() {
        Map<String, String> config = Map.of("kafka.bootstrap.servers", "127.0.0.1:9092",
                "kafka.sasl.mechanism", "SCRAM-SHA-512");

        assertEquals(Map.of("bootstrap.servers", "127.0.0.1:9092"), connection(config).clientConfig());
    }

    @Test
    void tlsAndSaslTogetherKeepBothParts() {
        Map<String, Object> streams = Map.of("bootstrap.servers", "b:9093", "security.protocol", "SASL_SSL",
                "sasl.jaas.config", LOGIN, "ssl.truststore.location", "/etc/ca.p12", "application.id", "status-stream");

        assertEquals(Map.of("bootstrap.servers", "b:9093", "security.protocol", "SASL_SSL", "sasl.jaas.config", LOGIN,
                "ssl.truststore.location", "/etc/ca.p12"), KafkaConnection.of(streams).clientConfig());
    }

    @Test
    void aClientCannotOverrideWhoItIs() {
        KafkaConnection kafka = KafkaConnection.scram("127.0.0.1:9092", "issuer-service", "s3cret");

        Map<String, Object> config = kafka.clientConfig(Map.of("acks", "all", "sasl.jaas.config", "someone else"));

        assertEquals(LOGIN, config.get("sasl.jaas.config"));
        assertEquals("all", config.get("acks"));
    }

    @Test
    void itsLogLineHidesThePassword() {
        String shown = KafkaConnection.scram("127.0.0.1:9092", "issuer-service", "s3cret").toString();

        assertFalse(shown.contains("s3cret"), shown);
        assertTrue(shown.contains("127.0.0.1:9092"), shown);
    }

    @Test
    void aConnectionWithoutBrokersOrWithAQuoteInTheLoginIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> connection(Map.of("kafka.security.protocol", "SASL_SSL")));
        assertThrows(IllegalArgumentException.class, () -> KafkaConnection.scramLogin("a", "pass\"word"));
    }

    private static KafkaConnection connection(Map<String, String> config) {
        return KafkaConnection.from(List.copyOf(config.keySet()), name -> Optional.ofNullable(config.get(name)));
    }
}
