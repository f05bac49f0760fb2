package dev.microcred.talent.it;

import dev.microcred.schemas.Topics;
import static dev.microcred.talent.it.Fixtures.WITHIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.DocumentType;
import dev.microcred.talent.facts.persistence.FactsTable;
import dev.microcred.infra.Eventually;
import dev.microcred.talent.support.StatusStream;
import dev.microcred.talent.support.Topic;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

/** The follower of status-deltas: idempotent, ordered per hash, and never stopped by one unreadable record. */
@QuarkusTest
class StreamFollowingTest {

    private static final Instant ISSUED = Instant.parse("2026-01-12T09:00:00Z");

    @Inject
    FactsTable facts;

    @Test
    void anUnreadableRecordIsSetAsideWithItsReasonAndTheDeltasBehindItAreApplied() throws Exception {
        String hash = "0f".repeat(32);
        StatusStream.raw(hash, "not avro at all".getBytes(StandardCharsets.UTF_8));
        StatusStream.delta(hash, CredentialState.VALID, "city-and-guilds", "cityandguilds.com",
                DocumentType.PRACTICAL_COMPETENCY, "2365-03-Unit-308", "3", ISSUED, null);

        Eventually.within(WITHIN, "the delta behind the poison applied", () -> facts.of(Set.of(hash)).containsKey(hash));
        List<ConsumerRecord<byte[], byte[]>> rejected = Topic.readAll(Topics.Rejections.TALENT_GRAPH_REJECTED.topic()).stream()
                .filter(r -> hash.equals(new String(r.key(), StandardCharsets.UTF_8))).toList();
        assertEquals(1, rejected.size());
        assertEquals("not avro at all", new String(rejected.get(0).value(), StandardCharsets.UTF_8));
        assertEquals("status-deltas", header(rejected.get(0), "source-topic"));
        assertEquals("talent-graph", header(rejected.get(0), "rejected-by"));
    }

    @Test
    void anOlderDeltaReadAgainDoesNotUndoANewerOne() {
        String hash = "1e".repeat(32);
        StatusStream.delta(hash, CredentialState.VALID, "aws", "aws.training", DocumentType.SKILL_MODULE, "AWS-CCP",
                "Foundational", ISSUED, null);
        StatusStream.delta(hash, CredentialState.SUPERSEDED, "aws", "aws.training", DocumentType.SKILL_MODULE,
                "AWS-CCP", "Foundational", ISSUED, null);
        Eventually.within(WITHIN, "SUPERSEDED", () -> facts.of(Set.of(hash)).containsKey(hash)
                && "SUPERSEDED".equals(facts.of(Set.of(hash)).get(hash).state()));
        long sequence = facts.of(Set.of(hash)).get(hash).issuerSequence();

        StatusStream.redeliver(hash, CredentialState.VALID, sequence - 1, "aws", "aws.training",
                DocumentType.SKILL_MODULE, "AWS-CCP", "Foundational", ISSUED);
        // A marker behind the redelivery on the same partition: once it is applied, so is the redelivery
        String marker = samePartitionAs(hash);
        StatusStream.delta(marker, CredentialState.VALID, "aws", "aws.training", DocumentType.SKILL_MODULE, "AWS-CCP",
                "Foundational", ISSUED, null);
        Eventually.within(WITHIN, "the marker behind the redelivery", () -> facts.of(Set.of(marker)).containsKey(marker));

        assertEquals("SUPERSEDED", facts.of(Set.of(hash)).get(hash).state());
    }

    /** A hash the producer's default partitioner puts on the same of status-deltas' three partitions as {@code hash}. */
    private static String samePartitionAs(String hash) {
        int partition = partitionOf(hash);
        for (int i = 0; ; i++) {
            String candidate = String.format("%064x", new java.math.BigInteger("2d".repeat(31) + String.format("%02x", i % 256), 16)
                    .add(java.math.BigInteger.valueOf(i / 256L)));
            if (partitionOf(candidate) == partition) {
                return candidate;
            }
        }
    }

    private static int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 3;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
