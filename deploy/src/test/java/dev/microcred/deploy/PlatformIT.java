package dev.microcred.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.infra.ScratchDirectory;
import dev.microcred.schemas.Topics;
import dev.microcred.text.VerifiableText;
import dev.microcred.witness.verify.WitnessAnswerCheck;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform end to end, as the local stack runs it: real PostgreSQL, KRaft broker, Apicurio
 * Registry, the services and the local stack's two witness ledgers as packaged processes in the prod profile. Verify requests go to
 * status-stream with the issuer's domain in Host, the way a verifier's DNS would route them.
 */
@ExtendWith(TestInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {
    private static final Duration WITHIN = Duration.ofSeconds(20);

    private final ScratchDirectory data = ScratchDirectory.create("platform-it-");
    private LocalStack stack;
    private String awsKey;
    private String cgKey;
    private final Map<String, String> answered = new LinkedHashMap<>();
    private String supersededGuildsHash;

    @BeforeAll
    void startPlatform() {
        stack = LocalStack.start(StackLayout.freePorts(ProjectRoot.path(), data.path()), WitnessFirm.localDefaults(),
                TestInfrastructure.starter());
        awsKey = Http.createIssuer(stack, Seed.AWS_ISSUER);
        cgKey = Http.createIssuer(stack, Seed.CITY_AND_GUILDS);
    }

    @AfterAll
    void stopPlatform() {
        if (stack != null) {
            stack.close();
        }
        data.close();
    }

    @Test
    @Order(1)
    void anIssuedCredentialVerifiesOkWithinSeconds() {
        // Given the seed's Lambda credential, issued by AWS
        Http.Answer issued = issue("aws-training", awsKey, Seed.LAMBDA);
        String hash = issued.field("hash");
        // Then our hash is the protocol's worked example, and a client computes it from the HTML we give out
        assertEquals(Seed.LAMBDA_HASH, hash);
        assertEquals(hash, VerifiableText.parse(issued.json().path("text").path("html").asText()).hash());
        // When a verifier asks the issuer's domain
        Http.Answer answer = Eventually.within(WITHIN, () -> verify("aws.training", "/cred/jc-lambda-2026/" + hash), a -> a.status() == 200);
        // Then it answers OK, as JSON and as plain text, open to any origin, cacheable briefly per host and format
        assertEquals("{\"status\":\"OK\"}", answer.body());
        assertEquals("*", answer.raw().headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals(VerifyHeaders.public200(VerifyHeaders.JSON, 30), VerifyHeaders.of(answer));
        Http.Answer plain = Http.verify(stack.status().url(), "aws.training", "/cred/jc-lambda-2026/" + hash, "text/plain");
        assertEquals("OK", plain.body());
        assertEquals(VerifyHeaders.public200(VerifyHeaders.TEXT, 30), VerifyHeaders.of(plain));
        // And a client asking for both formats, or for JSON alone, hears JSON
        Http.Answer both = Http.verify(stack.status().url(), "aws.training", "/cred/jc-lambda-2026/" + hash,
                "text/plain, application/json");
        assertEquals("{\"status\":\"OK\"}", both.body());
        assertEquals(VerifyHeaders.public200(VerifyHeaders.JSON, 30), VerifyHeaders.of(both));
        answered.put(hash, "aws.training /cred/jc-lambda-2026");
    }

    @Test
    @Order(2)
    void theSameHashThroughAnotherDomainOrPathIsUnknown() {
        assertEquals(404, verify("cityandguilds.com", "/v/" + Seed.LAMBDA_HASH).status());
        assertEquals(404, verify("aws.training", "/other/" + Seed.LAMBDA_HASH).status());
        Http.Answer unknown = verify("aws.training", "/cred/" + "0".repeat(64));
        assertEquals(404, unknown.status());
        assertEquals("", unknown.body());
        assertEquals(VerifyHeaders.notCached(), VerifyHeaders.of(unknown));
        Http.Answer malformed = verify("aws.training", "/cred/not-a-hash");
        assertEquals(400, malformed.status());
        assertEquals("", malformed.body());
        assertEquals(VerifyHeaders.notCached(), VerifyHeaders.of(malformed));
        // The issuer's metadata is read from the issuers table at most once per status.issuers.refresh, so it
        // may show a moment after the credential's status does
        Http.Answer meta = Eventually.within(WITHIN, () -> verify("aws.training", "/cred/jc-lambda-2026/verification-meta.json"),
                a -> a.status() == 200);
        assertEquals("AWS Training and Certification", meta.field("issuer"));
        assertEquals(VerifyHeaders.public200(VerifyHeaders.JSON, 300), VerifyHeaders.of(meta));
        assertEquals(404, verify("unknown.example", "/cred/verification-meta.json").status());
        Http.Answer preflight = Http.send("OPTIONS", stack.status().url() + "/cred/jc-lambda-2026/" + Seed.LAMBDA_HASH, null, null);
        assertEquals(204, preflight.status());
        assertEquals(Map.of("Access-Control-Allow-Origin", "*", "Access-Control-Allow-Methods", "GET, OPTIONS",
                "Access-Control-Allow-Headers", "*", "Access-Control-Max-Age", "86400"), preflight.headers(
                "Access-Control-Allow-Origin", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers",
                "Access-Control-Max-Age"));
        // And status-stream's internal API is on the management port only, and shows the whole view to the tools
        assertEquals(404, Http.send("GET", stack.status().url() + "/internal/v1/status/" + Seed.LAMBDA_HASH,
                stack.toolsToken(), null).status());
        Http.Answer detail = Http.send("GET", stack.status().managementUrl() + "/internal/v1/status/" + Seed.LAMBDA_HASH,
                stack.toolsToken(), null);
        assertEquals(200, detail.status());
        assertEquals("VALID", detail.field("status"));
        assertEquals("aws.training", detail.field("issuerDomain"));
        // And answers errors as problem+json, unlike the public endpoint
        String internal = stack.status().managementUrl() + "/internal/v1/status/" + "0".repeat(64);
        Http.Answer withoutToken = Http.send("GET", internal, null, null);
        assertEquals(401, withoutToken.status());
        assertEquals("urn:microcred:problem:not-authenticated", withoutToken.field("type"));
        Http.Answer unknownInternally = Http.send("GET", internal, stack.toolsToken(), null);
        assertEquals(404, unknownInternally.status());
        assertEquals(Map.of("Content-Type", "application/problem+json"), unknownInternally.headers("Content-Type"));
        assertEquals("urn:microcred:problem:unknown-hash", unknownInternally.field("type"));
        // And the tools' token does not open the lookups instances make of each other
        assertEquals(401, Http.send("GET", stack.status().managementUrl() + "/internal/v1/lookup/" + "0".repeat(64),
                stack.toolsToken(), null).status());
        // And operators see the lookups counted by answer, without a timer per request, on the management
        // port: the public one serves neither metrics nor health
        String metrics = Http.send("GET", stack.status().managementUrl() + "/q/metrics", null, null).body();
        // (status-stream's public port reads every other path as a verify request, here a malformed one: 400)
        Map<ServiceProcess, Integer> publicAnswer = Map.of(stack.issuer(), 404, stack.status(), 400, stack.forwarder(), 404);
        publicAnswer.forEach((service, status) -> {
            assertEquals(status, Http.send("GET", service.url() + "/q/metrics", null, null).status(), service.name());
            assertEquals(status, Http.send("GET", service.url() + "/q/health/ready", null, null).status(), service.name());
            assertEquals(200, Http.send("GET", service.managementUrl() + "/q/health/ready", null, null).status());
        });
        assertTrue(verifyAnswers(metrics, "unknown") >= 3, metrics);
        assertTrue(verifyAnswers(metrics, "malformed") >= 1, metrics);
        assertTrue(verifyAnswers(metrics, "ok") >= 1, metrics);
        assertFalse(metrics.contains("http_server_requests"), "per-request HTTP timers are off on status-stream");
    }

    private static long verifyAnswers(String metrics, String answer) {
        return metrics.lines().filter(l -> l.startsWith("verify_answers_total{") && l.contains("answer=\"" + answer + "\""))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    @Order(3)
    void aRevokedCredentialAnswersRevoked() {
        String id = issue("aws-training", awsKey, Seed.LAMBDA.replace("jc-lambda-2026", "jc-lambda-b")
                .replace("\"scorePercent\":94", "\"scorePercent\":81")).field("id");
        String hash = waitForStatus("aws-training", awsKey, id, "aws.training", "/cred/jc-lambda-b/", "{\"status\":\"OK\"}");
        Http.Answer revoked = Http.send("POST", credentialUrl("aws-training", id) + "/revoke", awsKey, "{\"reason\":\"FRAUD\"}");
        assertEquals(200, revoked.status());
        assertEquals("{\"status\":\"REVOKED\"}",
                Eventually.within(WITHIN, () -> verify("aws.training", "/cred/jc-lambda-b/" + hash), a -> a.body().contains("REVOKED")).body());
        answered.put(hash, "aws.training /cred/jc-lambda-b");
    }

    @Test
    @Order(4)
    void aSupersededCredentialAnswersSupersededAndItsReplacementOk() {
        String oldId = issue("city-and-guilds", cgKey, Seed.competency("2365-03-Unit-308")).field("id");
        String oldHash = waitForStatus("city-and-guilds", cgKey, oldId, "cityandguilds.com", "/v/7891234-308/", "{\"status\":\"OK\"}");
        Http.Answer replacement = Http.send("POST", credentialUrl("city-and-guilds", oldId) + "/supersede", cgKey,
                Seed.competency("2365-03-Unit-308-v2"));
        assertEquals(201, replacement.status());
        String newHash = replacement.field("hash");
        assertEquals("{\"status\":\"SUPERSEDED\"}", Eventually.within(WITHIN, () -> verify("cityandguilds.com", "/v/7891234-308/" + oldHash),
                a -> a.body().contains("SUPERSEDED")).body());
        assertEquals("{\"status\":\"OK\"}", Eventually.within(WITHIN, () -> verify("cityandguilds.com", "/v/7891234-308/" + newHash),
                a -> a.status() == 200).body());
        answered.put(oldHash, "cityandguilds.com /v/7891234-308");
        answered.put(newHash, "cityandguilds.com /v/7891234-308");
        supersededGuildsHash = oldHash;
    }

    @Test
    @Order(5)
    void aDeletedCredentialAnswers404() {
        String id = issue("city-and-guilds", cgKey, Seed.competency("2365-03-Unit-309")).field("id");
        String hash = waitForStatus("city-and-guilds", cgKey, id, "cityandguilds.com", "/v/7891234-308/", "{\"status\":\"OK\"}");
        assertEquals(200, Http.send("DELETE", credentialUrl("city-and-guilds", id), cgKey, null).status());
        Eventually.within(WITHIN, () -> verify("cityandguilds.com", "/v/7891234-308/" + hash), a -> a.status() == 404);
        answered.put(hash, "cityandguilds.com /v/7891234-308");
    }

    @Test
    @Order(6)
    void aCredentialPastItsValidUntilAnswersExpired() {
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String id = issue("city-and-guilds", cgKey, Seed.languageTest(yesterday)).field("id");
        String hash = waitForStatus("city-and-guilds", cgKey, id, "cityandguilds.com", "/v/DET-2024-1100001/",
                "{\"status\":\"EXPIRED\"}");
        answered.put(hash, "cityandguilds.com /v/DET-2024-1100001");
    }

    @Test
    @Order(7)
    void aRestartOfStatusStreamLeavesTheAnswersUnchanged() {
        // Given the answers before the restart
        Map<String, String> before = currentAnswers();
        // When status-stream stops and starts again on its state folder
        stack.status().close();
        stack.replaceStatus(stack.statusService());
        // Then every hash answers as before
        assertEquals(before, Eventually.within(WITHIN, this::currentAnswers, now -> !now.containsValue("503")));
    }

    @Test
    @Order(8)
    void anEventCommittedBeforeTheServiceStoppedIsPublishedExactlyOnceAfterwards() throws Exception {
        // Given an issuer-service that commits to the database but cannot publish (relay off)
        stack.issuer().close();
        stack.replaceIssuer(stack.issuerService(List.of("-Doutbox.relay.enabled=false")));
        String hash = issue("city-and-guilds", cgKey, Seed.competency("2365-03-Unit-310")).field("hash");
        LocalStack.sleep(2_000);
        assertEquals(1, unpublished(hash), "published although the relay is off");
        // And verify, whose view no longer hears the relay's heartbeats, fails closed instead of answering from it
        assertEquals(503, Eventually.within(WITHIN, () -> verify("cityandguilds.com", "/v/7891234-308/" + hash),
                a -> a.status() != 404).status());
        // When the service dies and comes back with its relay
        stack.issuer().kill();
        stack.replaceIssuer(stack.issuerService(List.of()));
        // Then the event is published, and exactly once
        Eventually.within(WITHIN, () -> verify("cityandguilds.com", "/v/7891234-308/" + hash), a -> a.status() == 200);
        assertEquals(1, TopicCount.recordsWithKey(stack.operatorKafka(), "credential-events", hash));
    }

    @Test
    @Order(9)
    void anEventPublishedButNotMarkedBeforeACrashIsNotPublishedAgain() throws Exception {
        // Given a credential whose Issued event is on the topic
        Eventually.within(WITHIN, () -> unpublishedEvents(), n -> n == 0);
        List<String> positionsBefore = positions();
        String hash = issue("city-and-guilds", cgKey, Seed.competency("2365-03-Unit-311")).field("hash");
        Eventually.within(WITHIN, () -> verify("cityandguilds.com", "/v/7891234-308/" + hash), a -> a.status() == 200);
        // When the service dies between the Kafka commit and the database transaction that marks the
        // event and records the offsets (so neither happened)
        stack.issuer().kill();
        execute("update outbox_event set published_at = null where message_key = '" + hash + "'");
        execute("delete from outbox_relay_position");
        for (String restore : positionsBefore) {
            execute(restore);
        }
        stack.replaceIssuer(stack.issuerService(List.of()));
        // Then the restarted relay recognises the event on the topic and marks it instead of resending
        Eventually.within(WITHIN, () -> unpublished(hash), n -> n == 0);
        LocalStack.sleep(1_000);
        assertEquals(1, TopicCount.recordsWithKey(stack.operatorKafka(), "credential-events", hash));
    }

    @Test
    @Order(10)
    void theLocalStacksWitnessesConfirmCredentialsOneByPushTheOtherByPull() throws Exception {
        // The UK firm is pushed to, the US firm pulls its feed; each sees its jurisdiction's issuer
        Map<String, List<String>> cases = Map.of(
                "uk-witness", List.of(supersededGuildsHash, "SUPERSEDED"), "us-witness", List.of(Seed.LAMBDA_HASH, "VALID"));
        for (var c : cases.entrySet()) {
            WitnessLedger witness = stack.witness(c.getKey());
            String hash = c.getValue().get(0);
            Http.Answer answer = Eventually.within(WITHIN, () -> Http.send("GET", witness.url() + "/v/" + hash, null, null),
                    a -> a.status() == 200 && a.field("status").equals(c.getValue().get(1)));
            // Checked offline, as ./platform verify-witness does
            assertEquals(c.getValue().get(1), new WitnessAnswerCheck(witness.verifierKey()).check(answer.body(), hash).status());
        }
    }

    @Test
    @Order(11)
    void theBulkImporterIssuesAFileOnceAndResumesWithoutDuplicates() throws Exception {
        // Given a file of three City & Guilds completions, one of them without its candidate
        java.nio.file.Path file = data.path().resolve("completions.ndjson");
        java.nio.file.Files.write(file, List.of(completion("cg-401", Seed.competency("2365-03-Unit-401")),
                completion("cg-402", Seed.competency("2365-03-Unit-402")),
                completion("cg-403", Seed.competency("2365-03-Unit-403").replace("Michael Torres", ""))));
        var settings = new dev.microcred.deploy.importer.BulkImport.Settings(file, stack.issuer().url(), "city-and-guilds",
                cgKey, 2, null);
        // When it is imported
        var first = new dev.microcred.deploy.importer.BulkImport(settings, System.out).run();
        // Then two are created and one rejected
        assertEquals(new dev.microcred.deploy.importer.ImportState(3, 2, 0, 1), first);
        // When the whole file is imported again from the start
        java.nio.file.Files.delete(file.resolveSibling("completions.ndjson.import-state"));
        var again = new dev.microcred.deploy.importer.BulkImport(settings, System.out).run();
        // Then nothing new is issued
        assertEquals(new dev.microcred.deploy.importer.ImportState(3, 0, 2, 1), again);
    }

    /** One NDJSON line: the issue body with its completion id. */
    private static String completion(String completionId, String body) {
        return body.replace("\n", " ").replaceFirst("\\{", "{\"completionId\":\"" + completionId + "\",");
    }

    private Map<String, String> currentAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answered.forEach((hash, where) -> {
            String[] hostAndPath = where.split(" ");
            Http.Answer a = verify(hostAndPath[0], hostAndPath[1] + "/" + hash);
            answers.put(hash, a.status() == 503 ? "503" : a.status() + " " + a.body());
        });
        return answers;
    }

    private String waitForStatus(String issuerId, String key, String id, String host, String directory, String expected) {
        String hash = Http.send("GET", credentialUrl(issuerId, id), key, null).field("hash");
        Eventually.within(WITHIN, () -> verify(host, directory + hash), a -> a.body().equals(expected));
        return hash;
    }

    private Http.Answer issue(String issuerId, String key, String body) {
        Http.Answer answer = Http.send("POST", stack.issuer().url() + "/api/v1/issuers/" + issuerId + "/credentials", key, body);
        assertEquals(201, answer.status(), answer.body());
        assertNotEquals(null, answer.field("hash"));
        return answer;
    }

    private String credentialUrl(String issuerId, String id) {
        return stack.issuer().url() + "/api/v1/issuers/" + issuerId + "/credentials/" + id;
    }

    @Test
    @Order(12)
    void aTrainingPlatformCannotWriteTheEventsThatDecideAnAnswer() throws Exception {
        // Given a training platform logged in to the stack's broker as its own principal
        try (KafkaProducer<String, byte[]> platform = new KafkaProducer<>(stack.kafkaAs(BrokerAccess.TRAINING_PLATFORM)
                .clientConfig(Map.of("max.block.ms", 5_000)), new StringSerializer(), new ByteArraySerializer())) {
            // When it writes a forged event for the Lambda credential to credential-events
            ExecutionException refused = assertThrows(ExecutionException.class, () -> platform.send(
                    new ProducerRecord<>(Topics.CREDENTIAL_EVENTS.topic(), Seed.LAMBDA_HASH, new byte[] {0})).get());
            // Then the broker refuses it
            assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
        }
        // And the topic holds the one issuing event, and the credential still answers OK
        assertEquals(1, TopicCount.recordsWithKey(stack.operatorKafka(), Topics.CREDENTIAL_EVENTS.topic(), Seed.LAMBDA_HASH));
        assertEquals("{\"status\":\"OK\"}", verify("aws.training", "/cred/jc-lambda-2026/" + Seed.LAMBDA_HASH).body());
    }

    @Test
    @Order(13)
    void theServicesDatabaseRolesCannotRewriteOrDeleteTheirEvidence() throws Exception {
        // Given issuer-service's and the forwarder's own database roles, which they run as
        try (var issuer = DriverManager.getConnection(stack.issuerJdbcUrl(), LocalStack.ISSUER_DB_ROLE,
                stack.databasePassword(LocalStack.ISSUER_DB_ROLE));
                var forwarder = DriverManager.getConnection(stack.jdbcUrl("forwarder"), LocalStack.FORWARDER_DB_ROLE,
                        stack.databasePassword(LocalStack.FORWARDER_DB_ROLE))) {
            // Then they read what the services wrote
            assertTrue(count(issuer, "select count(*) from outbox_event") > 0);
            assertTrue(count(forwarder, "select count(*) from feed_delta") > 0);
            // But neither an outbox event nor a fed delta can be rewritten or deleted, nor the migrations touched
            for (String refused : List.of("update outbox_event set payload = '\\x00'", "delete from outbox_event",
                    "truncate outbox_event", "delete from flyway_schema_history")) {
                assertRefused(issuer, refused);
            }
            for (String refused : List.of("update feed_delta set delta_json = '{}'", "delete from feed_delta")) {
                assertRefused(forwarder, refused);
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertRefused(Connection c, String sql) {
        SQLException refused = assertThrows(SQLException.class,
                () -> c.createStatement().executeUpdate(sql), sql);
        assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage()); // insufficient_privilege
    }

    private Http.Answer verify(String host, String path) {
        return Http.verify(stack.status().url(), host, path, "application/json");
    }

    private long unpublished(String hash) {
        try (var c = DriverManager.getConnection(stack.issuerJdbcUrl(), "postgres", "postgres");
                var rs = c.createStatement().executeQuery(
                        "select count(*) from outbox_event where published_at is null and message_key like '" + hash + "'")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private long unpublishedEvents() {
        return unpublished("%");
    }

    /** The relay's recorded positions, as the inserts that would restore them. */
    private List<String> positions() throws Exception {
        List<String> inserts = new java.util.ArrayList<>();
        try (var c = DriverManager.getConnection(stack.issuerJdbcUrl(), "postgres", "postgres");
                var rs = c.createStatement().executeQuery("select topic, partition, next_offset from outbox_relay_position")) {
            while (rs.next()) {
                inserts.add("insert into outbox_relay_position values ('" + rs.getString(1) + "', " + rs.getInt(2)
                        + ", " + rs.getLong(3) + ")");
            }
        }
        return inserts;
    }

    private void execute(String sql) throws Exception {
        try (var c = DriverManager.getConnection(stack.issuerJdbcUrl(), "postgres", "postgres")) {
            c.createStatement().executeUpdate(sql);
        }
    }
}
