package dev.microcred.status.lookup;

import dev.microcred.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The partition of credential-events a hash was written to, computed as the producers' default
 * partitioner places a key (murmur2 of its UTF-8 bytes, modulo the partition count), so the common
 * lookup needs no streams-metadata query: the benchmark's profile put that query at 7% of a lookup.
 * The count is taken from the streams metadata once the instance runs (a running application's
 * input cannot change its partition count). This is a guess that is safe to act on in one way only:
 * a hash found in this instance's active copy of the guessed partition is the owner's answer, since
 * no other partition can hold that key. Anything else is decided by the metadata.
 */
final class HashPartitions {
    private final KafkaStreams streams;
    private volatile int count;

    HashPartitions(KafkaStreams streams) {
        this.streams = streams;
    }

    /** Empty until the partition count is known. */
    OptionalInt of(String hash) {
        int known = count;
        if (known == 0) {
            known = countFromMetadata();
            count = known;
        }
        return known == 0 ? OptionalInt.empty() : OptionalInt.of(partition(hash, known));
    }

    /** What the Kafka producer's default partitioner picks for this key. */
    static int partition(String hash, int partitions) {
        return Utils.toPositive(Utils.murmur2(hash.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** The partition count when every partition is placed on some instance, else 0 (ask again later). */
    private int countFromMetadata() {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return 0;
        }
        try {
            Set<Integer> placed = streams.metadataForAllStreamsClients().stream()
                    .flatMap(client -> Stream.concat(client.topicPartitions().stream(), client.standbyTopicPartitions().stream()))
                    .filter(partition -> partition.topic().equals(Topics.CREDENTIAL_EVENTS.topic()))
                    .map(TopicPartition::partition)
                    .collect(Collectors.toSet());
            return placed.isEmpty() || placed.size() != placed.stream().mapToInt(Integer::intValue).max().getAsInt() + 1
                    ? 0 : placed.size();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
