package dev.microcred.issuer.ingress;

import dev.microcred.schemas.Topics;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.issuer.RealInfrastructure;
import dev.microcred.issuer.SeedRequests;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Completions from a training platform on training.completions, against a real broker, registry and PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = true)
class TrainingCompletionsConsumerTest {
    private static final String REJECTED = Topics.Rejections.TRAINING_COMPLETIONS_REJECTED.topic();

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aSeedCompletionBecomesACredentialAndTheSameEventResentIssuesNothingNew() throws Exception {
        NewIssuer issuer = NewIssuer.create("plat").authorizing("coursera");
        try (TrainingCompletions platform = new TrainingCompletions()) {
            // Given the seed's Lambda completion sent by a platform
            platform.send(issuer.id(), TrainingCompletions.completion("coursera", "c-1001", issuer.id(), "SKILL_MODULE",
                    SeedRequests.read("requests/micro1.json")));
            // Then it becomes a credential of the issuer, under the platform's completion key
            awaitCount(1, () -> credentials(issuer.id()));
            assertEquals(1, count("select count(*) from idempotency_key where issuer_id = ? and key = 'platform:coursera:c-1001'",
                    issuer.id()));
            // When the same event is sent again, followed by another completion
            platform.send(issuer.id(), TrainingCompletions.completion("coursera", "c-1001", issuer.id(), "SKILL_MODULE",
                    SeedRequests.read("requests/micro1.json")));
            platform.send(issuer.id(), TrainingCompletions.completion("coursera", "c-1002", issuer.id(), "SKILL_MODULE",
                    SeedRequests.read("requests/micro1.json")));
            // Then only the other one is new (it was read after the re-sent one: same partition)
            awaitCount(2, () -> credentials(issuer.id()));
            Thread.sleep(500);
            assertEquals(2, credentials(issuer.id()));
        }
    }

    @Test
    void aCompletionSentOnKafkaAndAgainInBulkByItsPlatformIsIssuedOnce() throws Exception {
        NewIssuer issuer = NewIssuer.create("platboth").authorizing("coursera");
        String request = SeedRequests.read("requests/micro1.json");
        try (TrainingCompletions platform = new TrainingCompletions()) {
            // Given a completion Coursera sent on training.completions, issued
            platform.send(issuer.id(), TrainingCompletions.completion("coursera", "c-2001", issuer.id(), "SKILL_MODULE",
                    request));
            awaitCount(1, () -> credentials(issuer.id()));
        }
        String bulkItem = request.replace("\n", " ").replaceFirst("\\{", "{\"completionId\":\"c-2001\",");
        // When Coursera posts it again in bulk, naming itself (a backfill after a producer outage)
        given().header("Authorization", "Bearer " + issuer.apiKey()).contentType("application/x-ndjson")
                .body(bulkItem.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/issuers/{i}/credentials/bulk?platform=coursera", issuer.id())
                // Then it is the credential the event issued, not a second one
                .then().statusCode(200).body("results[0].result", equalTo("duplicate"))
                .body("duplicates", equalTo(1));
        assertEquals(1, credentials(issuer.id()));
    }

    @Test
    void badRecordsGoToTheRejectionTopicAndTheGoodOnesAroundThemAreIssued() throws Exception {
        NewIssuer issuer = NewIssuer.create("platbad").authorizing("udemy");
        try (TrainingCompletions platform = new TrainingCompletions()) {
            // Given a good completion, garbage bytes, a request without a holder, one for an unknown
            // issuer, one from a platform id with the key's separator, one from a platform the issuer never
            // authorized, one naming an issuer id PostgreSQL cannot even look up (a NUL), and another good
            // completion, in this order on one partition
            platform.send(issuer.id(), TrainingCompletions.completion("udemy", "u-1", issuer.id(), "CONTINUING_EDUCATION",
                    SeedRequests.read("requests/micro4.json")));
            byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
            RecordMetadata garbageAt = platform.sendRaw(issuer.id(), garbage);
            RecordMetadata invalidAt = platform.send(issuer.id(), TrainingCompletions.completion("udemy", "u-2",
                    issuer.id(), "SKILL_MODULE", SeedRequests.read("requests/micro1.json").replace("\"holder\"", "\"holdr\"")));
            RecordMetadata unknownAt = platform.send(issuer.id(), TrainingCompletions.completion("udemy", "u-3",
                    "no-such-issuer", "SKILL_MODULE", SeedRequests.read("requests/micro1.json")));
            RecordMetadata ambiguousAt = platform.send(issuer.id(), TrainingCompletions.completion("udemy:eu", "u-5",
                    issuer.id(), "SKILL_MODULE", SeedRequests.read("requests/micro1.json")));
            RecordMetadata strangerAt = platform.send(issuer.id(), TrainingCompletions.completion("edx", "e-1",
                    issuer.id(), "SKILL_MODULE", SeedRequests.read("requests/micro1.json")));
            RecordMetadata nulAt = platform.send(issuer.id(), TrainingCompletions.completion("udemy", "u-6",
                    "bad\u0000issuer", "SKILL_MODULE", SeedRequests.read("requests/micro1.json")));
            platform.send(issuer.id(), TrainingCompletions.completion("udemy", "u-4", issuer.id(), "LANGUAGE_PROFICIENCY",
                    SeedRequests.read("requests/micro5.json")));
            // Then both good ones are issued
            awaitCount(2, () -> credentials(issuer.id()));
            // And each bad one is on the rejection topic with its reason, its origin and its bytes
            Map<Long, ConsumerRecord<byte[], byte[]>> rejected = rejectedFrom(garbageAt.partition(), 6,
                    List.of(garbageAt.offset(), invalidAt.offset(), unknownAt.offset(), ambiguousAt.offset(),
                            strangerAt.offset(), nulAt.offset()));
            assertArrayEquals(garbage, rejected.get(garbageAt.offset()).value());
            assertTrue(header(rejected.get(garbageAt.offset()), "reason").startsWith("unreadable"));
            assertTrue(header(rejected.get(invalidAt.offset()), "reason").contains("holder"),
                    header(rejected.get(invalidAt.offset()), "reason"));
            assertTrue(header(rejected.get(unknownAt.offset()), "reason").startsWith("unknown-issuer"));
            assertTrue(header(rejected.get(ambiguousAt.offset()), "reason").startsWith("invalid-platform-id"));
            assertEquals("platform-not-authorized: issuer " + issuer.id() + " has not authorized platform edx",
                    header(rejected.get(strangerAt.offset()), "reason"));
            assertTrue(header(rejected.get(nulAt.offset()), "reason").startsWith("invalid-issuer-id"));
            assertEquals("training.completions", header(rejected.get(invalidAt.offset()), "source-topic"));
            assertEquals(Integer.toString(invalidAt.partition()), header(rejected.get(invalidAt.offset()), "source-partition"));
            assertTrue(rejected.get(invalidAt.offset()).value().length > 0);
        }
    }

    @Test
    void onlyPlatformsTheIssuerAuthorizedIssueInItsNameAndAWithdrawalTakesEffect() throws Exception {
        NewIssuer issuer = NewIssuer.create("platauth");
        // Given an issuer that authorized LinkedIn Learning, as its list shows
        issuer.authorizing("linkedin-learning").authorizing("linkedin-learning");
        given().header("Authorization", "Bearer " + issuer.apiKey()).get("/api/v1/issuers/{i}/platforms", issuer.id())
                .then().statusCode(200).body("platformId", equalTo(List.of("linkedin-learning")));
        try (TrainingCompletions platform = new TrainingCompletions()) {
            // When LinkedIn Learning sends a completion, it is issued
            RecordMetadata first = platform.send(issuer.id(), TrainingCompletions.completion("linkedin-learning", "l-1",
                    issuer.id(), "PEER_ATTESTATION", SeedRequests.read("requests/micro3.json")));
            awaitCount(1, () -> credentials(issuer.id()));
            // When the issuer withdraws the authorization, the next completion is refused
            given().header("Authorization", "Bearer " + issuer.apiKey())
                    .delete("/api/v1/issuers/{i}/platforms/{p}", issuer.id(), "linkedin-learning").then().statusCode(204);
            RecordMetadata second = platform.send(issuer.id(), TrainingCompletions.completion("linkedin-learning", "l-2",
                    issuer.id(), "PEER_ATTESTATION", SeedRequests.read("requests/micro3.json")));
            assertEquals(second.partition(), first.partition());
            Map<Long, ConsumerRecord<byte[], byte[]>> rejected = rejectedFrom(second.partition(), 1, List.of(second.offset()));
            assertTrue(header(rejected.get(second.offset()), "reason").startsWith("platform-not-authorized"));
            assertEquals(1, credentials(issuer.id()));
        }
        // And only the issuer's own key manages the list, with platform ids that fit a completion key
        given().header("Authorization", "Bearer " + issuer.apiKey())
                .put("/api/v1/issuers/{i}/platforms/{p}", issuer.id(), "linkedin:eu").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:microcred:problem:invalid-platform-id"));
        given().header("Authorization", "Bearer " + NewIssuer.create("platother").apiKey())
                .put("/api/v1/issuers/{i}/platforms/{p}", issuer.id(), "udemy").then().statusCode(403);
    }

    /** The rejected copies of the given source offsets of one partition, by source offset. */
    private Map<Long, ConsumerRecord<byte[], byte[]>> rejectedFrom(int partition, int expected, List<Long> offsets) {
        Map<Long, ConsumerRecord<byte[], byte[]>> found = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrapServers,
                "isolation.level", "read_committed"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(REJECTED).stream()
                    .map(p -> new TopicPartition(REJECTED, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    long offset = Long.parseLong(header(r, "source-offset"));
                    if (header(r, "source-partition").equals(Integer.toString(partition)) && offsets.contains(offset)) {
                        found.put(offset, r);
                    }
                }
            }
        }
        assertEquals(expected, found.size(), "rejected copies found: " + found.keySet());
        return found;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private long credentials(String issuerId) {
        return count("select count(*) from credential where issuer_id = ?", issuerId);
    }

    private static void awaitCount(long expected, LongSupplier actual) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (actual.getAsLong() < expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(expected, actual.getAsLong());
    }

    private long count(String sql, String parameter) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
