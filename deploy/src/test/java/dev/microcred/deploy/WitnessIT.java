package dev.microcred.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.deploy.WitnessFirm.Delivery;
import dev.microcred.infra.ScratchDirectory;
import dev.microcred.merkle.Checkpoint;
import dev.microcred.merkle.Consistency;
import dev.microcred.merkle.Hasher;
import dev.microcred.merkle.NoteVerifier;
import dev.microcred.schemas.WitnessReceipt;
import dev.microcred.witness.verify.WitnessAnswerCheck;
import dev.microcred.witness.verify.WitnessedAnswer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Witness replication end to end: three witness ledgers in two jurisdictions (two UK firms, one by
 * push and one by pull, and a US firm by push), the forwarder, and the whole pipeline as processes
 * on a real PostgreSQL and KRaft broker. The test keeps what each witness must hold (hash by hash,
 * the statuses in order) and compares it with the leaves in each ledger's database.
 */
@ExtendWith(TestInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WitnessIT {
    private static final Duration WITHIN = Duration.ofSeconds(45);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HEX_DIGITS = Pattern.compile("[0-9a-fA-F]+");
    private static final List<WitnessFirm> FIRMS = List.of(
            new WitnessFirm("uk-push", "Albion Witness LLP", List.of("UK"), Delivery.PUSH),
            new WitnessFirm("uk-pull", "Thames Audit Ltd", List.of("UK"), Delivery.PULL),
            new WitnessFirm("us-push", "Hudson Witness Inc", List.of("US"), Delivery.PUSH));
    private static final Map<String, List<String>> ISSUER_JURISDICTIONS = Map.of(
            "city-and-guilds", List.of("UK"), "aws-training", List.of("US"), "duolingo-english-test", List.of("US", "UK"));

    private final ScratchDirectory data = ScratchDirectory.create("witness-it-");
    private LocalStack stack;
    private final Map<String, String> keys = new HashMap<>();
    /** Per witness: hash, then the statuses it must have witnessed, in order. */
    private final Map<String, Map<String, List<String>>> expected = new HashMap<>();
    /** Every request body and text we issued: none of their private values may reach a witness. */
    private final List<String> issuedBodies = new ArrayList<>();
    private final List<String> issuedTexts = new ArrayList<>();
    /** Checkpoints seen during the test, per witness, to prove the ledgers only ever grew. */
    private final Map<String, List<Checkpoint>> checkpoints = new HashMap<>();

    @BeforeAll
    void startPlatform() {
        stack = LocalStack.start(StackLayout.freePorts(ProjectRoot.path(), data.path()), FIRMS, TestInfrastructure.starter());
        // Expiry is recorded every minute in production; every second here, so a lapse reaches witnesses quickly.
        stack.issuer().close();
        stack.replaceIssuer(stack.issuerService(List.of("-Dcredential.expiry.interval=1s")));
        keys.put("city-and-guilds", Http.createIssuer(stack, Seed.CITY_AND_GUILDS));
        keys.put("aws-training", Http.createIssuer(stack, Seed.AWS_ISSUER));
        keys.put("duolingo-english-test", Http.createIssuer(stack, Seed.DUOLINGO));
        FIRMS.forEach(f -> expected.put(f.id(), new LinkedHashMap<>()));
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
    void everyChangeReachesExactlyTheWitnessesOfItsIssuersJurisdictionsInOrder() {
        // Given a UK competency that is revoked and another that is deleted
        String revoked = issue("city-and-guilds", Seed.competency("2365-03-Unit-308"));
        change("city-and-guilds", revoked, "POST", "/revoke", "{\"reason\":\"FRAUD\"}", "REVOKED");
        revokedForFraud = hashOf(revoked);
        String deleted = issue("city-and-guilds", Seed.competency("2365-03-Unit-309"));
        change("city-and-guilds", deleted, "DELETE", "", null, "DELETED");
        // And a US skill credential superseded by its v2
        String lambda = issue("aws-training", Seed.LAMBDA);
        String v2 = supersede("aws-training", lambda, Seed.LAMBDA.replace("AWS Lambda Deep Dive", "AWS Lambda Deep Dive v2"));
        // And a language test (US and UK) that lapsed yesterday
        String lapsed = issue("duolingo-english-test", Seed.languageTest(LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), "DET-2026-0000001"));
        expect("duolingo-english-test", hashOf(lapsed), "EXPIRED");
        // Then each witness holds exactly its jurisdictions' hashes, each with its statuses in order
        everyWitnessHoldsWhatItMust();
        // And the US firm never saw a UK-only hash, nor the UK firms a US-only one
        assertFalse(witnessed("us-push").containsKey(hashOf(revoked)));
        assertFalse(witnessed("uk-push").containsKey(hashOf(v2)));
        // And every issuer's sequence reaches each witness of all its jurisdictions without gaps
        for (WitnessFirm firm : FIRMS) {
            issuerSequences(firm.id()).forEach((issuer, sequences) -> {
                if (firm.jurisdictions().containsAll(ISSUER_JURISDICTIONS.get(issuer))) {
                    assertEquals(sequences.size(), sequences.last(), firm.id() + " misses events of " + issuer + ": " + sequences);
                }
            });
        }
        recordCheckpoints();
    }

    @Test
    @Order(2)
    void aStoppedWitnessCatchesUpWithoutLossOrDuplicatesAndNeverDelaysTheOthers() {
        // Given the UK push witness is down
        WitnessLedger down = stack.witness("uk-push");
        down.process().close();
        // When UK and US changes happen meanwhile
        String revoked = issue("city-and-guilds", Seed.competency("2365-03-Unit-310"));
        change("city-and-guilds", revoked, "POST", "/revoke", "{\"reason\":\"ISSUED_IN_ERROR\"}", "REVOKED");
        issue("duolingo-english-test", Seed.languageTest(LocalDate.now(ZoneOffset.UTC).plusYears(2).toString(), "DET-2026-0000002"));
        // Then the other witnesses receive them without waiting for it
        for (String other : List.of("uk-pull", "us-push")) {
            assertEquals(expected.get(other), eventually(() -> witnessed(other), held -> held.equals(expected.get(other))),
                    other + " was held up by a witness that is down");
        }
        // And the forwarder keeps retrying the one that is down
        LocalStack.sleep(3_000);
        assertTrue(metric("witness_retries_total", "uk-push") > 0, "retries counted for uk-push");
        // When it comes back, it receives everything it missed, each delta once
        down.process().start();
        everyWitnessHoldsWhatItMust();
        recordCheckpoints();
    }

    @Test
    @Order(3)
    void aForwarderKilledMidStreamResumesWithoutLoss() {
        // Given a stream of issues, with the forwarder killed in the middle of it
        for (int unit = 320; unit < 332; unit++) {
            issue("city-and-guilds", Seed.competency("2365-03-Unit-" + unit));
            if (unit == 325) {
                stack.forwarder().kill();
            }
        }
        // When it restarts
        stack.replaceForwarder(stack.forwarderService());
        // Then every witness holds every change exactly once, in order
        everyWitnessHoldsWhatItMust();
        recordCheckpoints();
    }

    @Test
    @Order(4)
    void tamperedOrReplayedPushesAreRejected() throws Exception {
        // Given a batch the UK push witness accepted, as it arrived
        WitnessLedger witness = stack.witness("uk-push");
        Map<String, String> accepted = lastAcceptedPush(witness);
        String body = accepted.remove("body");
        int leaves = witnessed("uk-push").values().stream().mapToInt(List::size).sum();
        String url = witness.url() + "/witness/v1/deltas";
        // When it is sent again byte for byte, Then it is refused as a replay
        assertEquals(401, Http.post(url, accepted, body).status());
        // When its body is altered under the same signature, Then it is refused
        String altered = body.replaceFirst("\"hash\":\"[0-9a-f]{64}\"", "\"hash\":\"" + "ab".repeat(32) + "\"");
        assertNotEquals(body, altered);
        assertEquals(401, Http.post(url, accepted, altered).status());
        // When it is signed afresh with a wrong secret, Then it is refused
        String now = Long.toString(System.currentTimeMillis() / 1000);
        assertEquals(401, Http.post(url, Map.of("Witness-Id", "uk-push", "Witness-Timestamp", now,
                "Witness-Signature", "v1=" + "0".repeat(64)), body).status());
        // And the ledger is unchanged
        assertEquals(leaves, witnessed("uk-push").values().stream().mapToInt(List::size).sum());
    }

    @Test
    @Order(5)
    void noWitnessPayloadOrTableHoldsAnyPlaintextValueOfTheIssuedCredentials() throws Exception {
        // Given every private value of what we issued: holder names, emails, registrations, test ids, text lines
        Set<String> secrets = privateValues();
        assertTrue(secrets.contains("Michael Torres") && secrets.contains("james.chen@email.com"), secrets.toString());
        // When we gather everything witnesses were given or keep: every ledger table (pushed batches
        // included), the pull feed as a witness reads it, the forwarder's tables and the delta and receipt topics
        StringBuilder seen = new StringBuilder();
        for (WitnessLedger w : stack.witnesses()) {
            seen.append(allTables(StackDatabase.ledgerOf(w)));
        }
        seen.append(allTables("forwarder"));
        seen.append(Http.send("GET", stack.forwarder().url() + "/feeds/uk-pull?limit=1000",
                stack.witness("uk-pull").feedToken(), null).body());
        for (String topic : List.of("status-deltas", "witness-receipts")) {
            TopicCount.records(stack.operatorKafka(), topic)
                    .forEach(r -> seen.append(new String(r.value(), StandardCharsets.ISO_8859_1)));
        }
        assertTrue(hashes.values().stream().allMatch(h -> seen.indexOf(h) >= 0), "the scan reads the real payloads");
        // Then none of the private values appears anywhere
        List<String> leaked = secrets.stream().filter(s -> appearsIn(seen, s)).toList();
        assertEquals(List.of(), leaked);
    }

    /**
     * Whether {@code value} is in {@code text}. A value of hex digits only (a registration number) counts
     * only when no hex digit borders it: inside a hash, UUID or timestamp it is chance, not a leak.
     */
    private static boolean appearsIn(CharSequence text, String value) {
        if (!HEX_DIGITS.matcher(value).matches()) {
            return text.toString().contains(value);
        }
        return Pattern.compile("(?<![0-9a-fA-F])" + value + "(?![0-9a-fA-F])").matcher(text).find();
    }

    @Test
    @Order(6)
    void eachWitnessCheckpointStaysConsistentThroughoutTheTest() {
        recordCheckpoints();
        for (WitnessLedger w : stack.witnesses()) {
            List<Checkpoint> seen = checkpoints.get(w.firm().id());
            Checkpoint last = seen.get(seen.size() - 1);
            for (Checkpoint earlier : seen) {
                // Each earlier tree is a prefix of the latest one, as its consistency proof shows
                JsonNode proof = Http.send("GET", w.url() + "/witness/v1/proofs/consistency?from=" + earlier.size()
                        + "&to=" + last.size(), null, null).json();
                try {
                    Consistency.verify(Hasher.RFC6962_SHA256, earlier.size(), last.size(), hashes(proof.path("hashes")),
                            earlier.rootHash(), last.rootHash());
                } catch (Exception e) {
                    throw new AssertionError(w.firm().id() + ": " + earlier.size() + " -> " + last.size() + " inconsistent", e);
                }
            }
            assertTrue(last.size() > seen.get(0).size(), w.firm().id() + " grew during the test");
        }
    }

    @Test
    @Order(7)
    void theForwarderRecordedAReceiptForEveryLeafOfItsPushWitnesses() throws Exception {
        Map<String, Long> receipts = new HashMap<>();
        SpecificDatumReader<WitnessReceipt> reader = new SpecificDatumReader<>(WitnessReceipt.class);
        for (var record : TopicCount.records(stack.operatorKafka(), "witness-receipts")) {
            // Confluent wire format: magic byte and a 4-byte schema id, then the Avro body
            byte[] value = record.value();
            WitnessReceipt r = reader.read(null, DecoderFactory.get().binaryDecoder(value, 5, value.length - 5, null));
            receipts.put(r.getWitnessId() + "/" + r.getDeltaId(), r.getLeafIndex());
        }
        for (String witness : List.of("uk-push", "us-push")) {
            Map<String, Long> leaves = leafIndexes(witness);
            leaves.forEach((deltaId, index) -> assertEquals(index, receipts.get(witness + "/" + deltaId),
                    witness + " receipt of " + deltaId));
        }
        assertTrue(receipts.keySet().stream().noneMatch(k -> k.startsWith("uk-pull/")), "pull witnesses send no receipts");
    }

    @Test
    @Order(8)
    void aVerifierConfirmsACredentialWithAWitnessOfflineWhateverTheIssuerSays() throws Exception {
        for (String witness : List.of("uk-push", "uk-pull")) {
            // When a verifier asks a UK witness about the competency revoked for fraud
            Http.Answer answer = Http.send("GET", stack.witness(witness).url() + "/v/" + revokedForFraud, null, null);
            assertEquals(200, answer.status(), answer.body());
            // Then the signed checkpoint, the inclusion proofs and the leaves check out offline
            WitnessedAnswer checked = new WitnessAnswerCheck(stack.witness(witness).verifierKey())
                    .check(answer.body(), revokedForFraud);
            // And they say it was issued, then revoked
            assertEquals("REVOKED", checked.status());
            assertEquals(List.of("VALID", "REVOKED"), checked.deltas().stream().map(WitnessedAnswer.Delta::status).toList());
            // And the public leaves do not say why it was revoked, but the witness's auditor sees it, under the seal
            // the signed leaf carries
            assertFalse(answer.body().contains("FRAUD"), answer.body());
            Http.Answer audit = Http.send("GET", stack.witness(witness).url() + "/witness/v1/audit/v/" + revokedForFraud,
                    stack.witness(witness).auditorToken(), null);
            WitnessedAnswer audited = new WitnessAnswerCheck(stack.witness(witness).verifierKey())
                    .check(audit.body(), revokedForFraud);
            assertTrue(audited.deltas().get(1).opened().contains("\"reason\":\"FRAUD\""), audited.deltas().get(1).opened());
        }
        // And the US witness, outside the issuer's jurisdictions, knows nothing of it
        assertEquals(404, Http.send("GET", stack.witness("us-push").url() + "/v/" + revokedForFraud, null, null).status());
    }

    // ---- issuing, and what each witness must then hold --------------------------------------------

    private final Map<String, String> hashes = new HashMap<>();
    private String revokedForFraud;

    private String issue(String issuerId, String body) {
        Http.Answer answer = Http.send("POST", credentials(issuerId), keys.get(issuerId), body);
        assertEquals(201, answer.status(), answer.body());
        record(issuerId, body, answer);
        return answer.field("id");
    }

    private String supersede(String issuerId, String oldId, String body) {
        Http.Answer answer = Http.send("POST", credentials(issuerId) + "/" + oldId + "/supersede", keys.get(issuerId), body);
        assertEquals(201, answer.status(), answer.body());
        expect(issuerId, hashOf(oldId), "SUPERSEDED");
        record(issuerId, body, answer);
        return answer.field("id");
    }

    private void change(String issuerId, String id, String method, String path, String body, String status) {
        Http.Answer answer = Http.send(method, credentials(issuerId) + "/" + id + path, keys.get(issuerId), body);
        assertEquals(200, answer.status(), answer.body());
        expect(issuerId, hashOf(id), status);
    }

    private void record(String issuerId, String body, Http.Answer answer) {
        hashes.put(answer.field("id"), answer.field("hash"));
        issuedBodies.add(body);
        issuedTexts.add(answer.json().path("text").path("plain").asText());
        expect(issuerId, answer.field("hash"), "VALID");
    }

    /** The hash of a credential we issued, by its id. */
    private String hashOf(String credentialId) {
        return hashes.get(credentialId);
    }

    private void expect(String issuerId, String hash, String status) {
        for (WitnessFirm firm : FIRMS) {
            if (firm.jurisdictions().stream().anyMatch(ISSUER_JURISDICTIONS.get(issuerId)::contains)) {
                expected.get(firm.id()).computeIfAbsent(hash, h -> new ArrayList<>()).add(status);
            }
        }
    }

    private void everyWitnessHoldsWhatItMust() {
        for (WitnessFirm firm : FIRMS) {
            Map<String, List<String>> held = eventually(() -> witnessed(firm.id()),
                    h -> h.equals(expected.get(firm.id())) || tooMany(h, expected.get(firm.id())));
            assertEquals(expected.get(firm.id()), held, firm.id() + " holds other leaves than it must");
        }
    }

    /** Stop waiting early when a witness holds more than it must (a duplicate or a stray delta). */
    private static boolean tooMany(Map<String, List<String>> held, Map<String, List<String>> must) {
        return held.entrySet().stream().anyMatch(e -> !must.containsKey(e.getKey())
                || e.getValue().size() > must.get(e.getKey()).size());
    }

    // ---- reading the witnesses ----------------------------------------------------------------------

    /** Hash, then the statuses of its leaves in leaf order, from the ledger's own table. */
    private Map<String, List<String>> witnessed(String witnessId) {
        Map<String, List<String>> held = new LinkedHashMap<>();
        StackDatabase.query(stack, StackDatabase.ledgerOf(stack.witness(witnessId)), "select hash, status from leaf order by leaf_index",
                row -> held.computeIfAbsent(row[0].trim(), h -> new ArrayList<>()).add(row[1]));
        return held;
    }

    private Map<String, java.util.TreeSet<Long>> issuerSequences(String witnessId) {
        Map<String, java.util.TreeSet<Long>> sequences = new HashMap<>();
        StackDatabase.query(stack, StackDatabase.ledgerOf(stack.witness(witnessId)), "select issuer_id, issuer_sequence from leaf",
                row -> sequences.computeIfAbsent(row[0], i -> new java.util.TreeSet<>()).add(Long.parseLong(row[1])));
        return sequences;
    }

    private Map<String, Long> leafIndexes(String witnessId) {
        Map<String, Long> indexes = new HashMap<>();
        StackDatabase.query(stack, StackDatabase.ledgerOf(stack.witness(witnessId)), "select delta_id, leaf_index from leaf",
                row -> indexes.put(row[0], Long.parseLong(row[1])));
        return indexes;
    }

    /** The newest accepted push, as the headers and body that carried it. */
    private Map<String, String> lastAcceptedPush(WitnessLedger witness) {
        Map<String, String> push = new HashMap<>();
        StackDatabase.query(stack, StackDatabase.ledgerOf(witness), "select signature, witness_timestamp, body from push_batch order by received_at desc limit 1",
                row -> {
                    push.put("Witness-Id", witness.firm().id());
                    push.put("Witness-Signature", row[0].startsWith("v1=") ? row[0] : "v1=" + row[0]);
                    push.put("Witness-Timestamp", row[1]);
                    push.put("body", row[2]);
                });
        assertFalse(push.isEmpty(), "the push witness accepted no batch");
        return push;
    }

    private void recordCheckpoints() {
        for (WitnessLedger w : stack.witnesses()) {
            String note = Http.send("GET", w.url() + "/witness/v1/checkpoint", null, null).body();
            try {
                Checkpoint checkpoint = NoteVerifier.fromKeyText(w.verifierKey()).verify(note);
                assertEquals(w.origin(), checkpoint.origin());
                checkpoints.computeIfAbsent(w.firm().id(), id -> new ArrayList<>()).add(checkpoint);
            } catch (Exception e) {
                throw new AssertionError(w.firm().id() + " checkpoint does not verify: " + note, e);
            }
        }
    }

    private long metric(String name, String witness) {
        String metrics = Http.send("GET", stack.forwarder().managementUrl() + "/q/metrics", null, null).body();
        return metrics.lines().filter(l -> l.startsWith(name + "{") && l.contains("witness=\"" + witness + "\""))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    // ---- the plaintext scan -------------------------------------------------------------------------

    /**
     * Every value of the request bodies that the delta contract does not carry on purpose (document
     * type, credential code, level and the validity date are public facts), and every line of the
     * issued texts. Numbers (scores, hours) are covered by the contract's fixed field list.
     */
    private Set<String> privateValues() throws Exception {
        Set<String> publicFields = Set.of("documentType", "level", "unitCode", "credentialCode", "validUntil");
        Set<String> values = new LinkedHashSet<>();
        for (String body : issuedBodies) {
            collect(JSON.readTree(body), publicFields, values);
        }
        for (String text : issuedTexts) {
            text.lines().map(String::strip).filter(l -> l.length() >= 8).forEach(values::add);
        }
        return values;
    }

    private static void collect(JsonNode node, Set<String> publicFields, Set<String> values) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isContainerNode()) {
                field.getValue().forEach(child -> collect(child, publicFields, values));
            } else if (field.getValue().isTextual() && !publicFields.contains(field.getKey())
                    && field.getValue().asText().length() >= 4 && !field.getKey().endsWith("On")) {
                values.add(field.getValue().asText());
            }
        }
    }

    private String allTables(String database) {
        List<String> tables = new ArrayList<>();
        StackDatabase.query(stack, database, "select table_name from information_schema.tables where table_schema = 'public'"
                + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'", row -> tables.add(row[0]));
        StringBuilder all = new StringBuilder();
        for (String table : tables) {
            StackDatabase.query(stack, database, "select t::text from \"" + table + "\" t", row -> all.append(row[0]).append('\n'));
        }
        return all.toString();
    }

    // ---- plumbing -----------------------------------------------------------------------------------

    private static List<byte[]> hashes(JsonNode base64s) {
        List<byte[]> hashes = new ArrayList<>();
        base64s.forEach(h -> hashes.add(Base64.getDecoder().decode(h.asText())));
        return hashes;
    }

    private String credentials(String issuerId) {
        return stack.issuer().url() + "/api/v1/issuers/" + issuerId + "/credentials";
    }

    private static <T> T eventually(Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                return last;
            }
            LocalStack.sleep(250);
            last = probe.get();
        }
        return last;
    }
}
