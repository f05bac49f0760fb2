package dev.microcred.deploy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.microcred.infra.FreePort;
import dev.microcred.infra.KafkaBroker;
import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.TopicProvisioning;
import dev.microcred.schemas.Topics;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The brokers' ACLs, on a real secured broker: a verify answer can only change through an event on
 * credential-events or a record of the status view, and only the principal of the service that owns
 * the topic may write it. Every principal below logs in with its own SCRAM password.
 */
class BrokerAccessTest {
    @TempDir
    static Path dir;
    static KafkaBroker broker;
    static final Map<String, String> PASSWORDS = new HashMap<>();

    @BeforeAll
    static void start() {
        broker = new KafkaBroker(dir.resolve("kafka"), FreePort.pick(), FreePort.pick(), null, "operator-secret");
        broker.start();
        BrokerAccess.localStack().keySet().forEach(p -> PASSWORDS.put(p, p + "-secret"));
        try (Admin admin = Admin.create(broker.operatorClientConfig())) {
            BrokerAccess.apply(admin, BrokerAccess.localStack(), PASSWORDS);
        }
        TopicProvisioning.ensure(KafkaConnection.of(broker.operatorClientConfig()), List.of(Topics.values()), 3, (short) 1);
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @ParameterizedTest(name = "{0} writes {1}")
    @CsvSource({
            "issuer-service,    credential-events",
            "issuer-service,    issuers",
            "status-stream,     credential-status",
            "status-stream,     status-deltas",
            "witness-forwarder, witness-receipts",
            "training-platform, training.completions"})
    void theOwnerOfATopicWritesIt(String principal, String topic) {
        assertDoesNotThrow(() -> write(as(principal), topic));
    }

    @ParameterizedTest(name = "{0} may not write {1}")
    @CsvSource({
            "training-platform, credential-events",
            "training-platform, credential-status",
            "training-platform, status-deltas",
            "status-stream,     credential-events",
            "witness-forwarder, credential-events",
            "witness-forwarder, status-deltas",
            "issuer-service,    credential-status",
            "issuer-service,    status-deltas",
            "issuer-service,    training.completions"})
    void nobodyElseWritesIt(String principal, String topic) {
        ExecutionException refused = assertThrows(ExecutionException.class, () -> write(as(principal), topic));
        assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
    }

    @Test
    void aClientThatDoesNotLogInWritesNothing() {
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> write(KafkaConnection.plaintext(broker.bootstrapServers()), "credential-events"));
        assertInstanceOf(TimeoutException.class, refused.getCause());
    }

    @Test
    void aPrincipalsLoginWithAnotherPasswordIsRefused() {
        KafkaConnection impostor = KafkaConnection.scram(broker.bootstrapServers(), BrokerAccess.ISSUER_SERVICE, "guessed");
        ExecutionException refused = assertThrows(ExecutionException.class, () -> write(impostor, "credential-events"));
        assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
    }

    private static KafkaConnection as(String principal) {
        return KafkaConnection.scram(broker.bootstrapServers(), principal, PASSWORDS.get(principal));
    }

    private static void write(KafkaConnection kafka, String topic) throws Exception {
        try (var producer = new KafkaProducer<>(kafka.clientConfig(Map.of("max.block.ms", 3000)),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "key".getBytes(), "value".getBytes())).get();
        }
    }
}
