package dev.microcred.issuer.outbox;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.infra.KafkaBroker;
import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.TopicProvisioning;
import dev.microcred.schemas.Topics;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * credential-events keeps the partition count it was created with: a hash's events must all land in
 * one partition, and a changed count would send a revocation where the issue never was. Against a
 * real broker, as issuer-service and status-stream check it at start-up.
 */
class CredentialEventsPartitionsTest {

    @Test
    void aTopicWithAnotherPartitionCountIsRefused(@TempDir Path dir) {
        try (KafkaBroker broker = KafkaBroker.startFresh(dir.resolve("kafka"))) {
            KafkaConnection kafka = KafkaConnection.plaintext(broker.bootstrapServers());
            // Given credential-events created with 6 partitions
            TopicProvisioning.ensure(kafka, List.of(Topics.CREDENTIAL_EVENTS), 6, (short) 1);
            // Then a service configured for 6 starts
            assertDoesNotThrow(() -> TopicProvisioning.requirePartitions(kafka,
                    Topics.CREDENTIAL_EVENTS.topic(), 6));
            // And one configured for 12 (someone added partitions, or changed the setting) refuses, saying why
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> TopicProvisioning
                    .requirePartitions(kafka, Topics.CREDENTIAL_EVENTS.topic(), 12));
            assertTrue(refused.getMessage().contains("has 6 partitions but topics.partitions is 12"), refused.getMessage());
        }
    }
}
