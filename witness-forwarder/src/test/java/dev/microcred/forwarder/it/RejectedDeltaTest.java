package dev.microcred.forwarder.it;

import static dev.microcred.forwarder.support.Operator.registerPush;
import static dev.microcred.forwarder.support.RejectedRecords.header;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.infra.Eventually;
import dev.microcred.forwarder.support.FakeWitness;
import dev.microcred.forwarder.support.Jurisdictions;
import dev.microcred.forwarder.support.RejectedRecords;
import dev.microcred.forwarder.support.SeedDeltas;
import dev.microcred.forwarder.support.StatusDeltas;
import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.StatusDelta;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/** Bad input on status-deltas: set aside on status-deltas-rejected, byte for byte, without blocking the feed. */
@QuarkusTest
class RejectedDeltaTest {
    private static final Duration SOON = Duration.ofSeconds(15);
    /** Confluent framing (magic byte 0) with a schema id the registry does not know, then one byte of data. */
    private static final byte[] UNKNOWN_SCHEMA = {0x00, 0x00, 0x00, 0x00, 0x63, (byte) 0xFF};
    private static final byte[] NOT_AVRO = "status: revoked, please".getBytes(StandardCharsets.UTF_8);

    @Test
    void unreadableRecordsAreRejectedWithTheirReasonAndTheDeltasAroundThemStillFlow() throws Exception {
        String us = Jurisdictions.fresh();
        String id = Jurisdictions.freshWitnessId("poison");
        try (FakeWitness witness = new FakeWitness(id)) {
            // Given a push witness, and on one partition (one hash): a delta, two unreadable records, a delta
            registerPush(witness, id, us);
            String hash = SeedDeltas.newHash();
            StatusDelta issued = SeedDeltas.delta(hash, CredentialState.VALID, us);
            StatusDelta revoked = SeedDeltas.delta(hash, CredentialState.REVOKED, us);
            StatusDeltas.publish(issued);
            RecordMetadata unknownSchema = StatusDeltas.publishRaw(hash, UNKNOWN_SCHEMA);
            RecordMetadata notAvro = StatusDeltas.publishRaw(hash, NOT_AVRO);
            StatusDeltas.publish(revoked);

            // Then both deltas reach the witness, in order
            Eventually.within(SOON, "both deltas delivered", () -> witness.received().size() == 2);
            assertEquals(List.of(issued.getDeltaId(), revoked.getDeltaId()), witness.receivedDeltaIds());

            // And each unreadable record is on status-deltas-rejected as it was, saying why and where from
            Eventually.within(SOON, "two records rejected", () -> RejectedRecords.withKey(hash).size() >= 2);
            List<ConsumerRecord<byte[], byte[]>> rejected = RejectedRecords.withKey(hash);
            assertRejected(rejected.get(0), UNKNOWN_SCHEMA, unknownSchema);
            assertRejected(rejected.get(1), NOT_AVRO, notAvro);
        }
    }

    private static void assertRejected(ConsumerRecord<byte[], byte[]> rejected, byte[] value, RecordMetadata source) {
        assertArrayEquals(value, rejected.value());
        assertEquals("witness-forwarder", header(rejected, "rejected-by"));
        assertEquals(Integer.toString(source.partition()), header(rejected, "source-partition"));
        assertEquals(Long.toString(source.offset()), header(rejected, "source-offset"));
        String reason = header(rejected, "reason");
        assertTrue(reason != null && reason.matches("[\\w.$]+(Exception|Error|Details)\\b.*"), "reason: " + reason);
        assertFalse(reason.contains("revoked, please"), "the reason must not quote the payload");
    }
}
