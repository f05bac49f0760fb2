package dev.microcred.issuer.credential.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.issuer.RealInfrastructure;
import dev.microcred.issuer.SeedRequests;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import io.restassured.response.ValidatableResponse;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import dev.microcred.schemas.RelayHeartbeat;
import dev.microcred.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The issuer API against a real PostgreSQL, broker and registry: issuing, lifecycle, errors. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = true)
class CredentialApiTest {
    private static final String ADMIN = "Bearer test-admin-token";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    private static final String SEED_ONE_HASH = "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded";

    @Test
    void seedSkillModuleWithoutSerialRendersAndHashesLikeTheSeed() {
        // Given AWS as an issuer that turned the serial off for skill modules
        String name = "aws-" + suffix();
        String key = createIssuer(name, name + ".training/cred", "[\"SKILL_MODULE\"]");
        String issuerId = lastIssuerId;
        // When it issues the seed's Lambda credential
        issue(issuerId, key, SeedRequests.read("requests/micro1.json"))
                // Then the hash is the protocol's worked example and the text carries the verify line
                .statusCode(201)
                .body("status", equalTo("VALID"))
                .body("hash", equalTo(SEED_ONE_HASH))
                .body("text.plain", startsWith("SKILL CREDENTIAL\nAWS Training and Certification\n"))
                .body("text.html", containsString("<span verifiable-text=\"start\""))
                .body("verifyLine", equalTo("verify:" + issuerId + ".training/cred/jc-lambda-2026"))
                .body("verifyUrl", equalTo("https://" + issuerId + ".training/cred/jc-lambda-2026/" + SEED_ONE_HASH));
    }

    @Test
    void anIssuedEventIsFollowedInItsPartitionByARelayHeartbeatThatVouchesForIt() {
        // Given a credential issued: its event is committed in the outbox when the answer arrives
        String key = createIssuer("beat-" + suffix(), "beat-" + suffix() + ".training/cred", "[]");
        String hash = issue(lastIssuerId, key, SeedRequests.read("requests/micro1.json")).statusCode(201)
                .extract().path("hash");
        Instant answered = Instant.now();
        // When the relay next vouches, in every partition, for everything committed before it looked
        List<ConsumerRecord<String, byte[]>> records = awaitRecords(rs -> rs.stream()
                .filter(r -> r.value() == null && RelayHeartbeat.asOf(r.headers()).map(t -> !t.isBefore(answered)).orElse(false))
                .map(ConsumerRecord::partition).distinct().count() == 6);
        // Then the event comes before such a heartbeat in its own partition
        ConsumerRecord<String, byte[]> event = records.stream().filter(r -> hash.equals(r.key())).findFirst().orElseThrow();
        assertTrue(records.stream().anyMatch(r -> r.partition() == event.partition() && r.offset() > event.offset()
                && RelayHeartbeat.KEY.equals(r.key()) && !RelayHeartbeat.asOf(r.headers()).orElseThrow().isBefore(answered)));
        // And every heartbeat is a record without a value, keyed apart from any hash, on every partition
        assertTrue(records.stream().filter(r -> r.value() == null).allMatch(r -> RelayHeartbeat.KEY.equals(r.key())));
    }

    @Test
    void onlyAnOperatorMayTurnTheSerialOff() {
        // Given an issuer with the serial on
        String key = createIssuer("salt-" + suffix(), "salt-" + suffix() + ".training/cred", "[]");
        String issuerId = lastIssuerId;
        String body = "{\"serialOff\":[\"SKILL_MODULE\"]}";
        // When the issuer's own key asks to turn it off, it is refused, and its credentials keep the serial
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body(body)
                .put("/api/v1/issuers/{i}/privacy-salt", issuerId).then().statusCode(401);
        issue(issuerId, key, SeedRequests.read("requests/micro1.json")).statusCode(201)
                .body("text.plain", containsString("\nSerial: "));
        // And the operator may
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body)
                .put("/api/v1/issuers/{i}/privacy-salt", issuerId).then().statusCode(200)
                .body("serialOff", hasItem("SKILL_MODULE"));
    }

    @Test
    void theSerialLineIsOnByDefault() {
        String key = createIssuer("aws-" + suffix(), "salted-" + suffix() + ".training/cred", "[]");
        issue(lastIssuerId, key, SeedRequests.read("requests/micro1.json"))
                .statusCode(201)
                .body("text.plain", containsString("\nSerial: "))
                .body("hash", not(equalTo(SEED_ONE_HASH)));
    }

    @Test
    void aRetriedRequestWithTheSameIdempotencyKeyReturnsTheSameCredential() {
        String key = createIssuer("cg-" + suffix(), "cg-" + suffix() + ".example.com/v", "[]");
        String body = SeedRequests.read("requests/micro2.json");
        var first = issue(lastIssuerId, key, body, "retry-1").statusCode(201).extract();
        issue(lastIssuerId, key, body, "retry-1").statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        // one credential, so one event waits in (or has left) the outbox
        assertEquals(1L, count("select count(*) from outbox_event where message_key = ?", first.path("hash")));
        issue(lastIssuerId, key, SeedRequests.read("requests/micro3.json"), "retry-1").statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void revokeThenDeleteFollowTheLifecycle() {
        String key = createIssuer("li-" + suffix(), "li-" + suffix() + ".example.com/skills/v", "[]");
        String issuerId = lastIssuerId;
        String id = issue(issuerId, key, SeedRequests.read("requests/micro3.json")).extract().path("id");
        // revoke
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body("{\"reason\":\"FRAUD\"}")
                .post("/api/v1/issuers/{i}/credentials/{c}/revoke", issuerId, id)
                .then().statusCode(200).body("status", equalTo("REVOKED")).body("reason", equalTo("FRAUD"));
        // revoking twice is a conflict
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body("{\"reason\":\"FRAUD\"}")
                .post("/api/v1/issuers/{i}/credentials/{c}/revoke", issuerId, id)
                .then().statusCode(409).contentType("application/problem+json");
        // delete erases the text
        given().header("Authorization", "Bearer " + key)
                .delete("/api/v1/issuers/{i}/credentials/{c}", issuerId, id)
                .then().statusCode(200).body("status", equalTo("DELETED")).body("text", nullValue());
        // nothing personal is left in the database
        assertEquals(1L, count("select count(*) from credential where id = cast(? as uuid) and plain_text is null"
                + " and fields is null and path_segment is null", id));
        // a deleted credential cannot be revoked
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body("{\"reason\":\"OTHER\"}")
                .post("/api/v1/issuers/{i}/credentials/{c}/revoke", issuerId, id)
                .then().statusCode(409);
    }

    @Test
    void supersedingMarksTheOldCredentialAndLinksTheNewOne() {
        String key = createIssuer("ama-" + suffix(), "ama-" + suffix() + ".example.org/cme/v", "[]");
        String issuerId = lastIssuerId;
        var old = issue(issuerId, key, SeedRequests.read("requests/micro4.json")).extract();
        String oldHash = old.path("hash");
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON)
                .body(SeedRequests.read("requests/micro4.json"))
                .post("/api/v1/issuers/{i}/credentials/{c}/supersede", issuerId, old.path("id"))
                .then().statusCode(201).body("status", equalTo("VALID")).body("supersedes", equalTo(oldHash));
        given().header("Authorization", "Bearer " + key)
                .get("/api/v1/issuers/{i}/credentials/{c}", issuerId, old.path("id"))
                .then().statusCode(200).body("status", equalTo("SUPERSEDED"));
    }

    @Test
    void aCredentialPastItsValidUntilIsExpired() {
        String key = createIssuer("det-" + suffix(), "det-" + suffix() + ".example.com/v", "[]");
        String body = SeedRequests.read("requests/micro5.json")
                .replaceFirst("\\{", "{\"validUntil\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\",");
        issue(lastIssuerId, key, body.replaceAll("\"validUntil\"\\s*:\\s*\"2028-01-04\"\\s*,?", ""))
                .statusCode(201).body("status", equalTo("EXPIRED"));
    }

    @Test
    void aCredentialThatLapsedGetsOneExpiredEventForItsWitnesses() throws InterruptedException {
        // Given a language test valid until yesterday, and another, also past its day, that is revoked
        String key = createIssuer("det-" + suffix(), "det-" + suffix() + ".example.com/v", "[]");
        String yesterday = "\"validUntil\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\"";
        String lapsed = issue(lastIssuerId, key, SeedRequests.read("requests/micro5.json")
                .replace("\"validUntil\": \"2028-01-04\"", yesterday)).statusCode(201).extract().path("hash");
        var revoked = issue(lastIssuerId, key, SeedRequests.read("requests/micro5.json")
                .replace("\"validUntil\": \"2028-01-04\"", yesterday).replace("DET-2026-4478921", "DET-2026-4478922"))
                .statusCode(201).extract();
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body("{\"reason\":\"FRAUD\"}")
                .post("/api/v1/issuers/{i}/credentials/{c}/revoke", lastIssuerId, revoked.path("id"))
                .then().statusCode(200);
        // When the expiry job has run (every second under test) a few times
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (events(lapsed).size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(2_500);
        // Then the lapsed credential has exactly one Expired event, in the issuer's gap-free sequence,
        // naming the issuer's jurisdictions
        List<GenericRecord> events = events(lapsed);
        assertEquals(2, events.size(), "Issued, then Expired once");
        assertEquals("dev.microcred.schemas.CredentialExpired",
                ((GenericRecord) events.get(1).get("change")).getSchema().getFullName());
        assertEquals(List.of("US"), ((List<?>) events.get(1).get("jurisdictions")).stream().map(String::valueOf).toList());
        // And the revoked one never gets an Expired event after its revocation: lapsing no longer
        // changes its status (the job may have recorded its expiry before the revoke arrived)
        List<String> revokedChanges = events(revoked.path("hash")).stream().map(CredentialApiTest::change).toList();
        assertTrue(revokedChanges.equals(List.of("CredentialIssued", "CredentialRevoked"))
                || revokedChanges.equals(List.of("CredentialIssued", "CredentialExpired", "CredentialRevoked")),
                revokedChanges.toString());
        // And the issuer's events, whatever their order, are numbered 1 to n without gaps
        List<Long> sequences = new ArrayList<>();
        events.forEach(e -> sequences.add((Long) e.get("issuerSequence")));
        events(revoked.path("hash")).forEach(e -> sequences.add((Long) e.get("issuerSequence")));
        assertEquals(LongStream.rangeClosed(1, sequences.size()).boxed().toList(), sequences.stream().sorted().toList());
    }

    private static String change(GenericRecord event) {
        return ((GenericRecord) event.get("change")).getSchema().getName();
    }

    @Test
    void anIncompleteBodyAnswersProblemJsonWithFieldErrors() {
        String key = createIssuer("bad-" + suffix(), "bad-" + suffix() + ".example.com/v", "[]");
        issue(lastIssuerId, key, SeedRequests.read("requests/micro1.json").replace("\"holder\"", "\"holdr\""))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("holder"));
        issue(lastIssuerId, key, "{\"documentType\":\"SKILL_MODULE\",").statusCode(400).contentType("application/problem+json");
        issue(lastIssuerId, key, "{\"documentType\":\"DIPLOMA\"}").statusCode(400).contentType("application/problem+json");
        issue(lastIssuerId, key, SeedRequests.read("requests/micro1.json").replace("94", "\"many\""))
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("scorePercent"));
    }

    @Test
    void keysOnlyActForTheirOwnIssuer() {
        String keyA = createIssuer("a-" + suffix(), "a-" + suffix() + ".example.com/v", "[]");
        String issuerA = lastIssuerId;
        String keyB = createIssuer("b-" + suffix(), "b-" + suffix() + ".example.com/v", "[]");
        String body = SeedRequests.read("requests/micro1.json");
        issue(issuerA, keyB, body).statusCode(403).contentType("application/problem+json");
        issue(issuerA, "mck_forged_key", body).statusCode(401);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/issuers/{i}/credentials", issuerA)
                .then().statusCode(401);
        // authentication comes before the body is even read
        given().contentType(ContentType.JSON).body("{\"documentType\":\"SKILL_MODULE\"}")
                .post("/api/v1/issuers/{i}/credentials", issuerA).then().statusCode(401);
        issue("no-such-issuer", keyA, body).statusCode(404);
        given().header("Authorization", "Bearer " + keyA).get("/api/v1/issuers/{i}/credentials/{c}", issuerA, UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anOversizedBodyIsRefused() {
        String key = createIssuer("big-" + suffix(), "big-" + suffix() + ".example.com/v", "[]");
        String huge = "{\"documentType\":\"SKILL_MODULE\",\"holder\":\"" + "x".repeat(100_000) + "\"}";
        issue(lastIssuerId, key, huge).statusCode(413).contentType("application/problem+json");
    }

    @Test
    void anIssuerNameCannotSmuggleLinesIntoCredentialText() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(issuerBody("evil-" + suffix(), "evil.example.com/v", "[]")
                        .replace("AWS Training and Certification", "AWS\\nverify:evil.example.com/x"))
                .post("/api/v1/issuers").then().statusCode(400).body("errors.field", hasItem("displayName"));
    }

    @Test
    void aVerifyBaseInsideAnotherIssuersIsAConflict() {
        // Given an issuer verifying under example.org/cred of its own domain
        String domain = "nested-" + suffix() + ".example.org";
        createIssuer("outer-" + suffix(), domain + "/cred", "[]");
        // When other issuers ask for the same base, one below it, or the whole domain
        for (String base : List.of(domain + "/cred", domain + "/cred/partners", domain)) {
            // Then each is refused: a hash of one would answer OK on the other's base (protocol §6)
            given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                    .body(issuerBody("inner-" + suffix(), base, "[]")).post("/api/v1/issuers")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("overlaps " + domain + "/cred"));
        }
        // And a sibling path on the same domain is free
        createIssuer("sibling-" + suffix(), domain + "/credentials", "[]");
    }

    @Test
    void aLevelOfTwoHundredCharactersIsStoredAsTheRequestRulesAllow() {
        // Given a skill module whose level is as long as a text line may be (the column once held 100)
        String key = createIssuer("long-" + suffix(), "long-" + suffix() + ".example.com/v", "[]");
        String level = "Advanced ".repeat(23).substring(0, 200);
        // When it is issued / Then it is, and its text carries the whole level
        issue(lastIssuerId, key, SeedRequests.read("requests/micro1.json").replace("\"Advanced\"", "\"" + level + "\""))
                .statusCode(201).body("text.plain", containsString(level.strip()));
    }

    @Test
    void aBodyJacksonCannotReadIsNamedByFieldAndNeverQuoted() {
        String key = createIssuer("mal-" + suffix(), "mal-" + suffix() + ".example.com/v", "[]");
        // Given a score that is no number, and a body that is no JSON, both carrying what may be personal data
        String wrongType = SeedRequests.read("requests/micro1.json").replace("94", "\"94 Jane Doe\"");
        String notJson = "{\"documentType\":\"SKILL_MODULE\",\"holder\": Jane Doe}";
        // When each is sent / Then the problem names the field, and quotes neither
        issue(lastIssuerId, key, wrongType).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("scorePercent")).body("detail", not(containsString("Jane")));
        issue(lastIssuerId, key, notJson).statusCode(400).contentType("application/problem+json")
                .body("detail", not(containsString("Jane")));
    }

    @Test
    void anApiKeyLabelWithAControlCharacterIsRefused() {
        createIssuer("lbl-" + suffix(), "lbl-" + suffix() + ".example.com/v", "[]");
        given().header("Authorization", ADMIN).queryParam("label", "ci\u0000runner")
                .post("/api/v1/issuers/{i}/api-keys", lastIssuerId)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("label"));
    }

    @Test
    void operatorsAloneCreateIssuers() {
        given().contentType(ContentType.JSON).body(issuerBody("x-" + suffix(), "x.example.com/v", "[]"))
                .post("/api/v1/issuers").then().statusCode(401).contentType("application/problem+json");
    }

    private String lastIssuerId;

    @Inject
    DataSource dataSource;

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

    /**
     * The outbox events of one hash, in order. Read as generic records with the committed schema: a
     * generated class touched from the test would be loaded outside Quarkus's class loader and then
     * clash with the application's copy inside Avro's class cache.
     */
    private List<GenericRecord> events(String hash) {
        var decoder = new BinaryMessageDecoder<GenericRecord>(GenericData.get(), committedEventSchema());
        List<GenericRecord> events = new ArrayList<>();
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select payload from outbox_event where message_key = ? order by sequence")) {
            statement.setString(1, hash);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(decoder.decode(rows.getBytes(1)));
                }
            }
        } catch (java.sql.SQLException | java.io.IOException e) {
            throw new AssertionError(e);
        }
        return events;
    }

    private static Schema committedEventSchema() {
        try (var in = CredentialApiTest.class.getResourceAsStream("/schema-history/credential-events-value/v2.avsc")) {
            return new Schema.Parser().parse(in);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private String createIssuer(String id, String verifyBase, String serialOff) {
        lastIssuerId = id;
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(issuerBody(id, verifyBase, serialOff))
                .post("/api/v1/issuers")
                .then().statusCode(201).body("apiKey.key", startsWith("mck_")).extract().path("apiKey.key");
    }

    private static String issuerBody(String id, String verifyBase, String serialOff) {
        return "{\"id\":\"" + id + "\",\"displayName\":\"AWS Training and Certification\",\"verifyBase\":\"" + verifyBase
                + "\",\"jurisdictions\":[\"US\"],\"serialOff\":" + serialOff + "}";
    }

    private static ValidatableResponse issue(String issuerId, String key, String body) {
        return issue(issuerId, key, body, null);
    }

    private static ValidatableResponse issue(String issuerId, String key, String body, String idempotencyKey) {
        var request = given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/v1/issuers/{i}/credentials", issuerId).then();
    }

    /** credential-events from the start, read_committed, until the condition holds (10 s at most). */
    private List<ConsumerRecord<String, byte[]>> awaitRecords(Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrapServers,
                "isolation.level", "read_committed"), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CREDENTIAL_EVENTS.topic()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!done.test(records)) {
                assertTrue(System.nanoTime() < deadline, "condition not met on credential-events within 10 s");
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }
}
