package dev.microcred.infra;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A secured broker: SASL on every listener, and nothing allowed that no ACL allows. */
class SecuredKafkaBrokerTest {
    @TempDir
    static Path dir;
    static KafkaBroker broker;

    @BeforeAll
    static void start() throws Exception {
        broker = new KafkaBroker(dir.resolve("kafka"), FreePort.pick(), FreePort.pick(), null, "operator-secret");
        broker.start();
        try (Admin admin = Admin.create(broker.operatorClientConfig())) {
            admin.createTopics(List.of(new NewTopic("probe", 1, (short) 1))).all().get();
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion("someone",
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), "someone-secret"))).all().get();
        }
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void theOperatorWrites() throws Exception {
        send(broker.operatorClientConfig());
    }

    @Test
    void aClientThatDoesNotLogInGetsNoAnswer() {
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> send(Map.of("bootstrap.servers", broker.bootstrapServers())));
        assertInstanceOf(TimeoutException.class, refused.getCause());
    }

    @Test
    void aWrongPasswordIsRefused() {
        ExecutionException refused = assertThrows(ExecutionException.class, () -> send(scram("someone", "guessed")));
        assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
    }

    @Test
    void aUserWithoutAnAclMayNotWrite() {
        ExecutionException refused = assertThrows(ExecutionException.class, () -> send(scram("someone", "someone-secret")));
        assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
    }

    private Map<String, Object> scram(String user, String password) {
        return Map.of("bootstrap.servers", broker.bootstrapServers(), "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                        + password + "\";");
    }

    private static void send(Map<String, Object> login) throws Exception {
        Map<String, Object> config = new HashMap<>(login);
        config.put("max.block.ms", 3000);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("probe", "k", "v")).get();
        }
    }
}
