package dev.microcred.deploy;

import dev.microcred.schemas.Topics;
import static dev.microcred.deploy.VerifierWatch.OK;
import static dev.microcred.deploy.VerifierWatch.REVOKED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.infra.FreePort;
import dev.microcred.infra.KafkaBroker;
import dev.microcred.infra.ScratchDirectory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The faults an operator of a public verification service must survive, against the whole platform
 * as the local stack runs it (both witness firms included). Under each, two promises are checked:
 * no verifier hears a wrong answer ({@link VerifierWatch}: above all, never an OK for a credential
 * revoked longer than status.max-staleness ago), and nothing is lost or duplicated between the
 * issuer database, credential-events and the witness ledgers. Each test prints its figures on a
 * line starting with "FAULT", which docs/reliability.md quotes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {
    /** status-stream's status.max-staleness, as the packaged service runs it. */
    private static final Duration MAX_STALENESS = Duration.ofSeconds(5);
    private static final Duration WITHIN = Duration.ofSeconds(90);
    private static final String REJECTED_EVENTS = Topics.Rejections.CREDENTIAL_EVENTS_REJECTED.topic();

    private final ScratchDirectory data = ScratchDirectory.create("faults-it-");
    /** A second broker listener, and the port of the link a test cuts in front of it. */
    private final KafkaBroker.RelayedListener relayed = new KafkaBroker.RelayedListener(FreePort.pick(), FreePort.pick());
    private LocalStack stack;
    private String cgKey;
    private String duolingoKey;
    private int unit = 500;

    @BeforeAll
    void startPlatform() {
        stack = LocalStack.start(StackLayout.freePorts(ProjectRoot.path(), data.path()), WitnessFirm.localDefaults(), relayed);
        cgKey = Http.createIssuer(stack, Seed.CITY_AND_GUILDS);
        duolingoKey = Http.createIssuer(stack, Seed.DUOLINGO);
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
    void aRevocationCommittedWhileTheRelayIsStalledIsNeverAnsweredOk() {
        // Given a credential that verifies OK
        IssuingLoad.Issued credential = issueAndAwaitOk();
        // When the relay stalls (issuer-service comes back with it off) and the credential is revoked meanwhile
        stack.issuer().close();
        stack.replaceIssuer(stack.issuerService(List.of("-Doutbox.relay.enabled=false")));
        VerifierWatch watch = revokeWhileVerifiersAsk(credential, "relay stalled while a revocation waits in the outbox");
        // Then no verifier heard OK past the bound, and the stalled view answered 503 with Retry-After
        assertEquals(List.of(), watch.wrong());
        assertTrue(watch.outcomes().getOrDefault("503", 0) > 0, "a stalled view must answer 503: " + watch.outcomes());
        // When the relay runs again, the revocation is answered
        stack.issuer().close();
        stack.replaceIssuer(stack.issuerService(List.of()));
        awaitAnswer(stack.status(), credential, REVOKED);
    }

    @Test
    @Order(2)
    void aPoisonRecordOnCredentialEventsIsSetAsideWithItsReasonAndTheStreamGoesOn() throws Exception {
        // Given a record no reader can decode in every partition of credential-events
        byte[] poison = "not a registry-framed Avro record".getBytes(StandardCharsets.UTF_8);
        List<RecordMetadata> written = produceToEveryPartition(poison);
        // When a credential is issued after it
        IssuingLoad.Issued credential = issueAndAwaitOk();
        // Then the stream went on past the poison in the credential's partition, and every copy is set aside
        // (rejections are at least once: a copy written before a stream commit failed is written again)
        List<ConsumerRecord<String, byte[]>> rejected = Eventually.within(WITHIN,
                () -> TopicCount.records(stack.operatorKafka(), REJECTED_EVENTS), rs -> rs.size() >= written.size());
        assertEquals(written.size(), rejected.stream().map(r -> header(r, "source-partition") + "@" + header(r, "source-offset"))
                .distinct().count());
        for (RecordMetadata source : written) {
            ConsumerRecord<String, byte[]> copy = rejected.stream()
                    .filter(r -> header(r, "source-partition").equals(Integer.toString(source.partition()))).findFirst()
                    .orElseThrow();
            // byte for byte, with where it came from, who refused it and why
            assertArrayEquals(poison, copy.value());
            assertEquals("credential-events", header(copy, "source-topic"));
            assertEquals(Long.toString(source.offset()), header(copy, "source-offset"));
            assertEquals("status-stream", header(copy, "rejected-by"));
            assertFalse(header(copy, "reason").isBlank());
        }
        System.out.printf("FAULT poison record on credential-events: %d written, %d copies on %s with reason and offset,"
                + " a credential issued after them verified %s%n", written.size(), rejected.size(), REJECTED_EVENTS,
                credential.hash());
    }

    @Test
    @Order(3)
    void aPoisonOutboxRowStopsTheRelayAndVerifyFailsClosedUntilTheOperatorRemovesIt() {
        // Given a credential that verifies OK
        IssuingLoad.Issued credential = issueAndAwaitOk();
        // When a row no relay can decode is next in the outbox (one a newer version wrote before a rollback)
        StackDatabase.execute(stack, "issuer", "insert into outbox_event (sequence, event_id, topic, message_key, event_type,"
                + " payload, created_at) values (nextval('outbox_event_sequence'), gen_random_uuid(), 'credential-events',"
                + " '" + "f".repeat(64) + "', 'CredentialIssued', '\\x00010203'::bytea, now())");
        // And the credential is revoked behind it
        VerifierWatch watch = revokeWhileVerifiersAsk(credential, "poison outbox row ahead of a revocation");
        // Then nothing is published past the row: verify fails closed (503), never OK past the bound
        assertEquals(List.of(), watch.wrong());
        assertTrue(watch.outcomes().getOrDefault("503", 0) > 0, "a stuck relay must turn verify to 503: " + watch.outcomes());
        // When the operator removes the row, the relay goes on and the revocation is answered
        StackDatabase.execute(stack, "issuer", "delete from outbox_event where message_key = '" + "f".repeat(64) + "'");
        awaitAnswer(stack.status(), credential, REVOKED);
    }

    @Test
    @Order(4)
    void killNineOfAStatusStreamInstanceWhileRevokingNeverGivesAWrongOk() {
        ServiceProcess second = stack.statusService("status-stream-2", FreePort.pick()).start();
        try {
            // Given twelve credentials that verify OK from both instances
            List<IssuingLoad.Issued> credentials = twelveVerifyingOkAt(stack.status(), second);
            // When they are revoked one by one and the first instance is killed (kill -9) after the fourth
            ServiceProcess first = stack.status();
            try (VerifierWatch watch = new VerifierWatch(MAX_STALENESS, () -> List.of(first, second), credentials)) {
                for (int i = 0; i < credentials.size(); i++) {
                    revoke(credentials.get(i), watch);
                    if (i == 3) {
                        first.kill();
                    }
                    LocalStack.sleep(500);
                }
                // Then the survivor takes every partition over and answers REVOKED for all of them
                credentials.forEach(c -> awaitAnswer(second, c, REVOKED));
                watch.close();
                report("kill -9 of one of two status-stream instances while revoking", watch);
                // And no verifier ever heard a wrong answer from either
                assertEquals(List.of(), watch.wrong());
            }
            stack.replaceStatus(stack.statusService());
        } finally {
            second.close();
        }
    }

    @Test
    @Order(5)
    void anInstanceCutOffFromTheBrokerNeverAnswersOkForACredentialRevokedMeanwhile() throws Exception {
        try (CuttableLink link = new CuttableLink(relayed.advertisedPort(), relayed.port())) {
            ServiceProcess cutOff = stack.statusService("status-stream-3", FreePort.pick(),
                    "127.0.0.1:" + relayed.advertisedPort()).start();
            try {
                // Given twelve credentials that verify OK from both instances, which share the partitions
                List<IssuingLoad.Issued> credentials = twelveVerifyingOkAt(stack.status(), cutOff);
                // When the network between the second instance and the broker is cut, and every credential is revoked
                link.cut();
                try (VerifierWatch watch = new VerifierWatch(MAX_STALENESS, () -> List.of(stack.status(), cutOff),
                        credentials)) {
                    credentials.forEach(c -> revoke(c, watch));
                    // Then the other instance takes the cut-off one's partitions over and answers REVOKED for all
                    credentials.forEach(c -> awaitAnswer(stack.status(), c, REVOKED));
                    LocalStack.sleep(10_000);
                    watch.close();
                    report("an instance cut off from the broker while every credential is revoked", watch);
                    // And no verifier heard a wrong answer from either; the cut-off instance failed closed on what it held
                    assertEquals(List.of(), watch.wrong());
                    assertTrue(watch.outcomesOf(cutOff).getOrDefault("503", 0) > 0,
                            "the cut-off instance held no partition, so the test showed nothing: " + watch.outcomesOf(cutOff));
                }
            } finally {
                cutOff.kill();
            }
        }
    }

    @Test
    @Order(6)
    void aBrokerRestartUnderLoadLosesAndDuplicatesNothing() {
        try (IssuingLoad load = IssuingLoad.start(stack, cgKey, duolingoKey)) {
            LocalStack.sleep(3_000);
            stack.local().broker().stop();
            LocalStack.sleep(8_000);
            stack.local().broker().start();
            LocalStack.sleep(3_000);
            load.close();
            assertPublishedOnceVerifiableAndWitnessedOnce("broker stopped for 8 s under load", load);
        }
    }

    @Test
    @Order(7)
    void aPostgresRestartUnderLoadLosesAndDuplicatesNothing() {
        try (IssuingLoad load = IssuingLoad.start(stack, cgKey, duolingoKey)) {
            LocalStack.sleep(3_000);
            stack.local().stopPostgres();
            LocalStack.sleep(8_000);
            stack.local().startPostgres();
            LocalStack.sleep(5_000);
            load.close();
            assertPublishedOnceVerifiableAndWitnessedOnce("PostgreSQL (issuer, forwarder, ledgers, registry) stopped for 8 s"
                    + " under load", load);
        }
    }

    @Test
    @Order(8)
    void aRegistryOutageOfAMinuteUnderLoadLosesAndDuplicatesNothing() {
        try (IssuingLoad load = IssuingLoad.start(stack, cgKey, duolingoKey)) {
            LocalStack.sleep(3_000);
            stack.local().stopRegistry();
            LocalStack.sleep(60_000);
            stack.local().startRegistry();
            LocalStack.sleep(3_000);
            load.close();
            assertPublishedOnceVerifiableAndWitnessedOnce("registry stopped for 60 s under load", load);
        }
    }

    @Test
    @Order(9)
    void anEventOfANewerSchemaStopsStatusStreamInsteadOfBeingSkipped() throws Exception {
        // Given a credential that verifies OK
        IssuingLoad.Issued credential = issueAndAwaitOk();
        int rejectedBefore = TopicCount.records(stack.operatorKafka(), REJECTED_EVENTS).size();
        // When a newer issuer-service, deployed before status-stream against the rollout order, suspends it
        RecordMetadata suspension = NewerIssuer.suspend(stack, credential.hash());
        // Then status-stream stops at the event instead of skipping it (which could skip a revocation):
        // verify fails closed, and nothing is set aside as poison
        try (VerifierWatch watch = new VerifierWatch(MAX_STALENESS, () -> List.of(stack.status()), List.of(credential))) {
            Eventually.within(WITHIN, () -> Http.verify(stack.status().url(), credential.host(), credential.verifyPath(),
                    "application/json"), a -> a.status() == 503);
            LocalStack.sleep(5_000);
            watch.close();
            report("an event of a newer schema than status-stream reads", watch);
            assertEquals(List.of(), watch.wrong());
        }
        assertEquals(rejectedBefore, TopicCount.records(stack.operatorKafka(), REJECTED_EVENTS).size());
        // When the operator takes the event out (standing in for the upgrade it needed), status-stream goes on
        try (Admin admin = Admin.create(stack.operatorKafka().clientConfig())) {
            admin.deleteRecords(Map.of(new TopicPartition(suspension.topic(), suspension.partition()),
                    RecordsToDelete.beforeOffset(suspension.offset() + 1))).all().get();
        }
        awaitAnswer(stack.status(), credential, OK);
    }

    // ---- what must hold after a fault --------------------------------------------------------------

    private void assertPublishedOnceVerifiableAndWitnessedOnce(String fault, IssuingLoad load) {
        List<IssuingLoad.Issued> accepted = load.accepted();
        assertTrue(accepted.size() >= 20, "the load issued too little to mean anything: " + accepted.size());
        // Every credential the issuer accepted verifies OK
        long started = System.nanoTime();
        Eventually.within(WITHIN, () -> notOk(accepted), Map::isEmpty);
        long settledSeconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        // And has exactly one event on credential-events
        Map<String, Long> events = TopicCount.records(stack.operatorKafka(), "credential-events").stream()
                .filter(r -> r.value() != null).collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        List<String> notOnce = accepted.stream().filter(c -> events.getOrDefault(c.hash(), 0L) != 1)
                .map(c -> c.hash() + "=" + events.getOrDefault(c.hash(), 0L)).toList();
        assertEquals(List.of(), notOnce, "events per credential");
        // And exactly one leaf at each witness firm of its jurisdictions (City & Guilds: UK; Duolingo: UK and US)
        Map<String, Long> uk = awaitLeaves("uk-witness", accepted);
        List<IssuingLoad.Issued> american = accepted.stream().filter(c -> c.issuerId().startsWith("duolingo")).toList();
        Map<String, Long> us = awaitLeaves("us-witness", american);
        List<String> notWitnessedOnce = new ArrayList<>();
        accepted.stream().filter(c -> uk.get(c.hash()) != 1).forEach(c -> notWitnessedOnce.add("uk " + c.hash()));
        american.stream().filter(c -> us.get(c.hash()) != 1).forEach(c -> notWitnessedOnce.add("us " + c.hash()));
        assertEquals(List.of(), notWitnessedOnce, "leaves per credential");
        System.out.printf("FAULT %s: %d credentials accepted, %d refused during the fault; all verify OK within %d s of"
                + " the load's end; events per credential: all 1; leaves: uk %d, us %d, lost 0, duplicated 0%n", fault,
                accepted.size(), load.refused(), settledSeconds, accepted.size(), american.size());
    }

    private Map<String, String> notOk(List<IssuingLoad.Issued> credentials) {
        Map<String, String> wrong = new HashMap<>();
        for (IssuingLoad.Issued c : credentials) {
            Http.Answer answer = Http.verify(stack.status().url(), c.host(), c.verifyPath(), "application/json");
            if (!OK.equals(answer.body())) {
                wrong.put(c.hash(), answer.status() + " " + answer.body());
            }
        }
        return wrong;
    }

    /** Leaves per hash at the witness, once every credential has at least one (or the time is up). */
    private Map<String, Long> awaitLeaves(String witnessId, List<IssuingLoad.Issued> credentials) {
        return Eventually.within(WITHIN, () -> {
            Map<String, Long> leaves = new HashMap<>();
            StackDatabase.query(stack, StackDatabase.ledgerOf(stack.witness(witnessId)), "select hash, count(*) from leaf group by hash",
                    row -> leaves.put(row[0].trim(), Long.parseLong(row[1])));
            return leaves;
        }, leaves -> credentials.stream().allMatch(c -> leaves.containsKey(c.hash())));
    }

    // ---- acting as the issuer and the verifier ---------------------------------------------------

    private Http.Answer issue() {
        Http.Answer issued = Http.send("POST", stack.issuer().url() + "/api/v1/issuers/city-and-guilds/credentials", cgKey,
                Seed.competency("2365-03-Unit-" + unit++));
        assertEquals(201, issued.status(), issued.body());
        return issued;
    }

    private List<IssuingLoad.Issued> twelveVerifyingOkAt(ServiceProcess... instances) {
        List<IssuingLoad.Issued> credentials = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            credentials.add(IssuingLoad.guilds(issue()));
        }
        for (ServiceProcess instance : instances) {
            credentials.forEach(c -> awaitAnswer(instance, c, OK));
        }
        return credentials;
    }

    private IssuingLoad.Issued issueAndAwaitOk() {
        IssuingLoad.Issued credential = IssuingLoad.guilds(issue());
        awaitAnswer(stack.status(), credential, OK);
        return credential;
    }

    /** Revokes the credential while verifiers ask status-stream for it over ten seconds; what they heard. */
    private VerifierWatch revokeWhileVerifiersAsk(IssuingLoad.Issued credential, String fault) {
        try (VerifierWatch watch = new VerifierWatch(MAX_STALENESS, () -> List.of(stack.status()), List.of(credential))) {
            revoke(credential, watch);
            LocalStack.sleep(10_000);
            watch.close();
            report(fault, watch);
            return watch;
        }
    }

    private void revoke(IssuingLoad.Issued credential, VerifierWatch watch) {
        Http.Answer revoked = Http.send("POST", stack.issuer().url() + "/api/v1/issuers/" + credential.issuerId()
                + "/credentials/" + credential.id() + "/revoke", cgKey, "{\"reason\":\"FRAUD\"}");
        assertEquals(200, revoked.status(), revoked.body());
        watch.revoked(credential.hash());
    }

    private static void awaitAnswer(ServiceProcess instance, IssuingLoad.Issued credential, String body) {
        Eventually.within(WITHIN, () -> Http.verify(instance.url(), credential.host(), credential.verifyPath(),
                "application/json"), a -> body.equals(a.body()));
    }

    private List<RecordMetadata> produceToEveryPartition(byte[] value) throws Exception {
        List<RecordMetadata> written = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(stack.operatorKafka().clientConfig(),
                new StringSerializer(), new ByteArraySerializer())) {
            int partitions = producer.partitionsFor("credential-events").size();
            for (int p = 0; p < partitions; p++) {
                written.add(producer.send(new ProducerRecord<>("credential-events", p, "f".repeat(64), value)).get());
            }
        }
        return written;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void report(String fault, VerifierWatch watch) {
        System.out.printf("FAULT %s: %d answers checked %s, %d wrong%n", fault, watch.checked(), watch.outcomes(),
                watch.wrong().size());
    }
}
