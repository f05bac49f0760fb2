package dev.microcred.issuer.ingress;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microcred.issuer.SeedRequests;
import dev.microcred.issuer.ThreeBrokerInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay on a three-node cluster while the broker leading part of credential-events
 * stops mid-load: every credential the issuer accepted is published, and exactly once.
 */
@QuarkusTest
@QuarkusTestResource(value = ThreeBrokerInfrastructure.class, restrictToAnnotatedClass = true)
class LeaderLossTest {
    private static final String TOPIC = "credential-events";

    @Test
    void everyCredentialIssuedWhileAPartitionLeaderStopsIsPublishedExactlyOnce() throws Exception {
        // Given an issuer sending ten batches of ten completions
        NewIssuer issuer = NewIssuer.create("leader-loss");
        List<String> hashes = new ArrayList<>();
        int stopped = -1;
        for (int batch = 0; batch < 10; batch++) {
            // When, after the third batch, the broker leading partition 0 of credential-events stops
            if (batch == 3) {
                stopped = ThreeBrokerInfrastructure.stopLeaderOf(TOPIC, 0);
            }
            hashes.addAll(bulk(issuer, batch));
        }
        assertEquals(100, hashes.size(), "every completion was issued");

        // Then each credential's one event reaches credential-events through the two brokers left
        Map<String, Integer> events = Map.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            events = eventsPerHash();
            if (hashes.stream().allMatch(events::containsKey)) {
                break;
            }
            Thread.sleep(500);
        }
        Map<String, Integer> seen = events;
        List<String> notOnce = hashes.stream().filter(h -> seen.getOrDefault(h, 0) != 1)
                .map(h -> h + "=" + seen.getOrDefault(h, 0)).toList();
        assertEquals(List.of(), notOnce, "events per credential after node " + stopped + " stopped");
    }

    private static List<String> bulk(NewIssuer issuer, int batch) {
        String body = IntStream.range(0, 10)
                .mapToObj(i -> SeedRequests.read("requests/micro1.json").replace("\n", " ")
                        .replaceFirst("\\{", "{\"completionId\":\"loss-" + batch + "-" + i + "\","))
                .collect(Collectors.joining("\n")) + "\n";
        return given().header("Authorization", "Bearer " + issuer.apiKey()).contentType("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/issuers/{i}/credentials/bulk", issuer.id())
                .then().statusCode(200).extract().path("results.hash");
    }

    /** Committed events on credential-events, counted by hash (heartbeats, which carry no value, left out). */
    private static Map<String, Integer> eventsPerHash() {
        Map<String, Integer> counts = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers",
                ThreeBrokerInfrastructure.bootstrapServers(), "isolation.level", "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (r.value() != null) {
                        counts.merge(r.key(), 1, Integer::sum);
                    }
                });
            }
        }
        return counts;
    }
}
