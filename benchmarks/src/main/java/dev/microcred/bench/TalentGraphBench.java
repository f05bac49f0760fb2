package dev.microcred.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.DocumentType;
import dev.microcred.schemas.StatusDelta;
import dev.microcred.schemas.Topics;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * talent-graph at scale, on the whole platform (LocalStack, prod profile):
 *
 * <ol>
 *   <li>A portfolio of 1,000 credentials issued through issuer-service: each pasted and checked at status-stream's
 *       verify endpoint as a phone would (add latency), then the whole portfolio read with every status joined
 *       (view latency), and a job checklist matched against it through a share link.</li>
 *   <li>Team search over 100,000 discoverable portfolios of three credentials each: the portfolios are written to
 *       talent-graph's database as its API would have (the API's own cost is phase 1), their 300,000 credentials'
 *       deltas are produced to status-deltas as status-stream would, and talent-graph's follower folds them (its
 *       throughput is reported); then searches for two credential codes at a minimum level and maximum age.</li>
 * </ol>
 */
public final class TalentGraphBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUER = "talent-bench";
    private static final String DOMAIN = "talent.bench.example";
    private static final int CODES = 50;
    private static final List<String> LEVELS = List.of("Intermediate", "Advanced", "Expert");

    private TalentGraphBench() {
    }

    public static void main(String[] args) throws Exception {
        int items = Integer.getInteger("bench.portfolio-items", 1_000);
        int portfolios = Integer.getInteger("bench.portfolios", 100_000);
        int searches = Integer.getInteger("bench.searches", 300);
        int views = Integer.getInteger("bench.views", 100);
        try (BenchStack bench = BenchStack.start("talent-graph-bench", List.of())) {
            // The forwarder would index every delta for witnesses (there are none here): not talent-graph's work.
            bench.stack.forwarder().close();
            String talent = bench.stack.talent().url();
            String apiKey = BenchHttp.createIssuer(bench.stack.issuer().url(), bench.stack.adminToken(), """
                    {"id":"%s","displayName":"Talent Benchmark","verifyBase":"%s/c","jurisdictions":["UK"]}"""
                    .formatted(ISSUER, DOMAIN));
            List<String> texts = issue(bench, apiKey, items);
            BenchStack.log("idle share before adding: " + String.format("%.2f", Quiet.await(0.9, 120)));
            portfolioPhase(talent, texts, views);
            BenchStack.log("idle share before seeding: " + String.format("%.2f", Quiet.await(0.9, 120)));
            seed(bench, portfolios);
            BenchStack.log("idle share before searching: " + String.format("%.2f", Quiet.await(0.9, 120)));
            searchPhase(talent, bench.stack.talentSearchToken(), searches);
            System.out.println("\nRSS at the end:\n" + ProcessMemory.table(ProcessMemory.snapshot(bench.data)));
        }
    }

    /** Issues {@code count} skill modules in one bulk request; answers their HTML blocks once all verify. */
    private static List<String> issue(BenchStack bench, String apiKey, int count) throws Exception {
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < count; i++) {
            ndjson.append(JSON.writeValueAsString(Map.of("completionId", "c" + i, "documentType", "SKILL_MODULE",
                    "pathSegment", "m-" + i, "holder", "bench.holder@example.org", "credential", "Module " + (i % CODES),
                    "credentialCode", "MOD-" + (i % CODES), "moduleType", "Specialty Module",
                    "level", LEVELS.get(i % LEVELS.size()), "completedOn", "2026-01-03", "scorePercent", 90)))
                    .append('\n');
        }
        String base = bench.stack.issuer().url() + "/api/v1/issuers/" + ISSUER + "/credentials";
        JsonNode bulk = JSON.readTree(BenchHttp.expect(HttpRequest.newBuilder(URI.create(base + "/bulk"))
                .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString())).build(), 200));
        if (bulk.path("created").asInt() != count) {
            throw new IllegalStateException("bulk issued " + bulk.path("created") + " of " + count);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode result : bulk.path("results")) {
            texts.add(JSON.readTree(BenchHttp.expect(HttpRequest.newBuilder(URI.create(base + "/" + result.path("id").asText()))
                    .header("Authorization", "Bearer " + apiKey).GET().build(), 200)).path("text").path("html").asText());
        }
        String last = bulk.path("results").get(count - 1).path("hash").asText();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!BenchHttp.verify(bench.stack.status().url(), DOMAIN, "/c/m-" + (count - 1) + "/" + last).startsWith("200")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the last credential never verified");
            }
            Thread.sleep(200);
        }
        BenchStack.log("issued " + count + " credentials; all verify");
        return texts;
    }

    private static void portfolioPhase(String talent, List<String> texts, int views) throws Exception {
        String token = JSON.readTree(BenchHttp.expect(BenchHttp.post(talent + "/api/v1/portfolios", null, "{\"discoverable\":false}"), 201))
                .path("holderToken").asText();
        Latencies adds = new Latencies();
        long started = System.nanoTime();
        for (String text : texts) {
            long t = System.nanoTime();
            BenchHttp.expect(BenchHttp.post(talent + "/api/v1/portfolios/mine/credentials", token,
                    JSON.writeValueAsString(Map.of("text", text, "keepText", false))), 201);
            adds.add((System.nanoTime() - t) / 1_000_000);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        BenchStack.log(String.format("RESULT add (live check at the issuer's verify endpoint, stored): %d in %.1f s,"
                + " %.0f/s; %s", texts.size(), seconds, texts.size() / seconds, adds));
        Latencies reads = new Latencies();
        int valid = 0;
        for (int i = 0; i < views; i++) {
            long t = System.nanoTime();
            JsonNode view = JSON.readTree(BenchHttp.expect(HttpRequest.newBuilder(URI.create(talent + "/api/v1/portfolios/mine"))
                    .header("Authorization", "Bearer " + token).GET().build(), 200));
            reads.add((System.nanoTime() - t) / 1_000_000);
            valid = 0;
            for (JsonNode c : view.path("credentials")) {
                valid += "VALID".equals(c.path("status").asText()) ? 1 : 0;
            }
        }
        BenchStack.log("RESULT portfolio view of " + texts.size() + " items (" + valid + " VALID): " + reads);
        String share = JSON.readTree(BenchHttp.expect(BenchHttp.post(talent + "/api/v1/portfolios/mine/shares", token, ""), 201)).path("id").asText();
        String checklist = "{\"requirements\":[{\"credentialCode\":\"MOD-7\",\"minimumLevel\":\"Advanced\"},"
                + "{\"skill\":\"Module 12\"},{\"credentialCode\":\"MOD-99\"}]}";
        Latencies matches = new Latencies();
        for (int i = 0; i < views; i++) {
            long t = System.nanoTime();
            BenchHttp.expect(BenchHttp.post(talent + "/api/v1/shared/" + share + "/checklist", null, checklist), 200);
            matches.add((System.nanoTime() - t) / 1_000_000);
        }
        BenchStack.log("RESULT checklist of 3 items against the shared " + texts.size() + "-item portfolio: " + matches);
    }

    /** 100,000 discoverable portfolios of 3 credentials, written as the API writes them; their deltas produced. */
    private static void seed(BenchStack bench, int portfolios) throws Exception {
        Random random = new Random(42);
        Instant now = Instant.now();
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(bench.stack.jdbcUrl("talent"), "postgres", "postgres");
                KafkaProducer<String, Object> producer = RegistryProducer.create(bench.stack.operatorKafka(),
                        bench.stack.registryUrl())) {
            db.setAutoCommit(false);
            try (PreparedStatement portfolio = db.prepareStatement("insert into portfolio (id, token_digest,"
                    + " discovery_id, created_at) values (?, ?, ?, ?)");
                    PreparedStatement holding = db.prepareStatement("insert into holding (portfolio_id, hash,"
                            + " verify_line, issuer_id, title, status_when_added, added_at) values (?, ?, ?, ?, ?, ?, ?)")) {
                long sequence = 1_000_000;
                for (int p = 0; p < portfolios; p++) {
                    UUID id = UUID.randomUUID();
                    portfolio.setObject(1, id);
                    portfolio.setBytes(2, sha256("token-" + id));
                    portfolio.setString(3, "cand_" + HexFormat.of().formatHex(sha256("cand-" + id), 0, 16));
                    portfolio.setTimestamp(4, Timestamp.from(now));
                    portfolio.addBatch();
                    for (int h = 0; h < 3; h++) {
                        int code = random.nextInt(CODES);
                        String hash = HexFormat.of().formatHex(sha256(id + "/" + h));
                        holding.setObject(1, id);
                        holding.setString(2, hash);
                        holding.setString(3, "verify:" + DOMAIN + "/c/s-" + p + "-" + h);
                        holding.setString(4, ISSUER);
                        holding.setString(5, "Module " + code);
                        holding.setString(6, "VALID");
                        holding.setTimestamp(7, Timestamp.from(now));
                        holding.addBatch();
                        boolean revoked = random.nextInt(100) < 5;
                        Instant issued = now.minus(random.nextInt(3 * 365), ChronoUnit.DAYS);
                        producer.send(new ProducerRecord<>(Topics.STATUS_DELTAS.topic(), hash, StatusDelta.newBuilder()
                                .setDeltaId(UUID.randomUUID().toString()).setHash(hash)
                                .setState(revoked ? CredentialState.REVOKED : CredentialState.VALID).setIssuerId(ISSUER)
                                .setIssuerDomain(DOMAIN).setIssuerSequence(sequence++).setJurisdictions(List.of("UK"))
                                .setDocumentType(DocumentType.SKILL_MODULE).setCredentialCode("MOD-" + code)
                                .setLevel(LEVELS.get(random.nextInt(LEVELS.size()))).setIssuedAt(issued)
                                .setChangedAt(now).build()));
                    }
                    if (p % 1_000 == 999) {
                        portfolio.executeBatch();
                        holding.executeBatch();
                        db.commit();
                    }
                }
                portfolio.executeBatch();
                holding.executeBatch();
                db.commit();
            }
            producer.flush();
            BenchStack.log(String.format("seeded %d portfolios and produced %d deltas in %.1f s", portfolios,
                    portfolios * 3, (System.nanoTime() - started) / 1e9));
            long folding = started;
            long expected = portfolios * 3L;
            long facts = 0;
            while (facts < expected) {
                Thread.sleep(500);
                try (ResultSet row = db.createStatement().executeQuery(
                        "select count(*) from credential_facts where issuer_sequence >= 1000000")) {
                    row.next();
                    facts = row.getLong(1);
                }
                db.commit();
                if (System.nanoTime() - folding > Duration.ofMinutes(15).toNanos()) {
                    throw new IllegalStateException("the follower folded only " + facts + " of " + expected);
                }
            }
            double seconds = (System.nanoTime() - folding) / 1e9;
            BenchStack.log(String.format("RESULT follower: %d deltas folded within %.1f s of the seeding's start"
                    + " (it folds while they are produced), %.0f/s", expected, seconds, expected / seconds));
            db.createStatement().execute("analyze");
            db.commit();
        }
    }

    private static void searchPhase(String talent, String searchToken, int searches) throws Exception {
        Random random = new Random(7);
        Latencies latencies = new Latencies();
        long found = 0;
        for (int i = 0; i < searches + 20; i++) {
            int a = random.nextInt(CODES);
            int b = (a + 1 + random.nextInt(CODES - 1)) % CODES;
            String body = "{\"requirements\":[{\"credentialCode\":\"MOD-" + a + "\",\"minimumLevel\":\"Advanced\","
                    + "\"maxAgeMonths\":24},{\"credentialCode\":\"MOD-" + b + "\"}]}";
            long t = System.nanoTime();
            JsonNode result = JSON.readTree(BenchHttp.expect(BenchHttp.post(talent + "/api/v1/team-search", searchToken, body), 200));
            long millis = (System.nanoTime() - t) / 1_000_000;
            if (i >= 20) { // the first 20 warm the JIT and the caches
                latencies.add(millis);
                found += result.path("candidates").size();
            }
        }
        BenchStack.log(String.format("RESULT team search over the discoverable portfolios (2 codes, a minimum level,"
                + " a maximum age): %s; %.1f candidates per search", latencies, (double) found / searches));
    }

    private static byte[] sha256(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
