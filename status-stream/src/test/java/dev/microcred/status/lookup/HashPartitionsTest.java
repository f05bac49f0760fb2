package dev.microcred.status.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microcred.status.Events;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.internals.DefaultStreamPartitioner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The partition status-stream computes for a hash is the one Kafka Streams' metadata places it in
 * (its default partitioner, the producers' own), for the seed's hashes and the extremes.
 */
class HashPartitionsTest {
    private static final DefaultStreamPartitioner<String, Object> STREAMS = new DefaultStreamPartitioner<>(new StringSerializer());

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 6, 12, 50})
    void aHashIsPlacedWhereKafkaStreamsPlacesIt(int partitions) {
        for (String hash : List.of(Events.LAMBDA_DEEP_DIVE.hash(), Events.LAMBDA_DEEP_DIVE_V2.hash(), "0".repeat(64),
                "f".repeat(64), "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")) {
            assertEquals(STREAMS.partitions("credential-events", hash, null, partitions),
                    Optional.of(Set.of(HashPartitions.partition(hash, partitions))), hash);
        }
    }
}
