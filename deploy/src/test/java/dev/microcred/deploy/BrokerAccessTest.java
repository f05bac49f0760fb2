package dev.microcred.deploy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.infra.FreePort;
import dev.microcred.infra.KafkaBroker;
import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.TopicProvisioning;
import dev.microcred.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** Every principal of the table, and every catalogued topic the table does not let it write. */
    static Stream<Arguments> everyOtherPrincipalAndTopic() {
        return BrokerAccess.localStack().entrySet().stream().flatMap(p -> Stream.of(Topics.values())
                .map(Topics::topic)
                .filter(topic -> p.getValue().stream().noneMatch(g -> g.type() == ResourceType.TOPIC
                        && g.name().equals(topic) && g.operations().contains(AclOperation.WRITE)))
                .map(topic -> Arguments.of(p.getKey(), topic)));
    }

    @ParameterizedTest(name = "{0} may not write {1}")
    @MethodSource("everyOtherPrincipalAndTopic")
    void nobodyElseWritesIt(String principal, String topic) {
        ExecutionException refused = assertThrows(ExecutionException.class, () -> write(as(principal), topic));
        assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
    }

    @Test
    void aGrantTakenOutOfTheTableIsTakenOffTheBrokersAtTheNextApply() throws Exception {
        // Given an ACL the table does not have: issuer-service may write status-deltas
        AclBinding extra = new AclBinding(new ResourcePattern(ResourceType.TOPIC, "status-deltas", PatternType.LITERAL),
                new AccessControlEntry("User:issuer-service", "*", AclOperation.WRITE, AclPermissionType.ALLOW));
        try (Admin admin = Admin.create(broker.operatorClientConfig())) {
            admin.createAcls(List.of(extra)).all().get();
            assertTrue(Eventually.within(Duration.ofSeconds(15), () -> writes(BrokerAccess.ISSUER_SERVICE, "status-deltas"),
                    allowed -> allowed));
            // When the table is applied again
            BrokerAccess.apply(admin, BrokerAccess.localStack(), PASSWORDS);
        }
        // Then that write is refused once more
        assertFalse(Eventually.within(Duration.ofSeconds(15), () -> writes(BrokerAccess.ISSUER_SERVICE, "status-deltas"),
                allowed -> !allowed));
    }

    /** Whether the principal's write succeeds now; false only when the broker refuses it for want of an ACL. */
    private static boolean writes(String principal, String topic) {
        try {
            write(as(principal), topic);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicAuthorizationException) {
                return false;
            }
            throw new AssertionError(e);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
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
