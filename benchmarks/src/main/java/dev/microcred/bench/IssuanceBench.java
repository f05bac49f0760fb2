package dev.microcred.bench;

import dev.microcred.deploy.BrokerAccess;
import dev.microcred.deploy.WitnessFirm;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * Issuance end to end, from a completion on training.completions to its hash on credential-status
 * (verify answers for it), through the real broker, registry, PostgreSQL, issuer-service and
 * status-stream, with one witness firm (push) replicating every delta meanwhile.
 *
 * <ol>
 *   <li>Warm-up: {@code bench.warmup} (5000) completions through everything, not counted.</li>
 *   <li>Burst: {@code bench.burst} completions as fast as the producer goes; sustained rate = how fast
 *       their hashes become verifiable.</li>
 *   <li>Paced: {@code bench.rate}/s for {@code bench.paced-seconds}; per completion, produce to
 *       verifiable (completion id to hash from the issuer's idempotency table).</li>
 *   <li>Witness: lag = witness's leaf time - status-stream's change time, per hash, over both phases;
 *       then the witness ledger stops for {@code bench.outage-seconds} under paced load
 *       ({@code bench.outage-rate}/s) and the catch-up after its restart is timed.</li>
 * </ol>
 */
public final class IssuanceBench {
    private static final String ISSUER = "bench-issuer";
    private static final WitnessFirm WITNESS = new WitnessFirm("bench-witness", "Bench Witness Ltd", List.of("UK"),
            WitnessFirm.Delivery.PUSH);

    private IssuanceBench() {
    }

    public static void main(String[] args) throws Exception {
        int burst = Integer.getInteger("bench.burst", 20_000);
        int rate = Integer.getInteger("bench.rate", 1_000);
        int pacedSeconds = Integer.getInteger("bench.paced-seconds", 60);
        int outageSeconds = Integer.getInteger("bench.outage-seconds", 300);
        try (BenchStack bench = BenchStack.start("issuance-bench", List.of(WITNESS));
                TopicObserver observer = new TopicObserver(bench.stack.operatorKafka(), true);
                KafkaProducer<String, Object> producer = RegistryProducer.create(bench.stack.kafkaAs(BrokerAccess.TRAINING_PLATFORM),
                        bench.stack.registryUrl())) {
            String apiKey = BenchHttp.createIssuer(bench.stack.issuer().url(), bench.stack.adminToken(), """
                    {"id":"%s","displayName":"Issuance Benchmark","verifyBase":"issue.bench.example/c","jurisdictions":["UK"]}"""
                    .formatted(ISSUER));
            BenchHttp.authorizePlatform(bench.stack.issuer().url(), ISSUER, apiKey, CompletionSender.PLATFORM);
            CompletionSender sender = new CompletionSender(producer, ISSUER);
            warmUp(observer, sender, Integer.getInteger("bench.warmup", 5_000));
            BenchStack.log("idle share before the burst: " + String.format("%.2f", Quiet.await(0.9, 120)));
            double sustained = burst(bench, observer, sender, burst);
            BenchStack.log("idle share before the paced run: " + String.format("%.2f", Quiet.await(0.9, 120)));
            paced(bench, observer, sender, "paced", rate, pacedSeconds);
            if (sustained < rate) {
                // At a rate above what the pipeline sustains the latency only measures the queue; also at 80% of it.
                BenchStack.log("idle share before the sustainable paced run: " + String.format("%.2f", Quiet.await(0.9, 120)));
                paced(bench, observer, sender, "sustainable", (int) Math.max(1, sustained * 0.8), pacedSeconds);
            }
            Map<String, Long> rssAfterIssuance = ProcessMemory.snapshot(bench.data);
            WitnessPhases.lag(observer, sender.sentAt.size());
            if (outageSeconds > 0) {
                int outageRate = Integer.getInteger("bench.outage-rate", (int) Math.max(1, Math.min(rate, sustained / 2)));
                WitnessPhases.outage(bench.stack.witness(WITNESS.id()), observer, sender, outageSeconds, outageRate);
            }
            System.out.println("\nRSS at the end of the issuance runs:\n" + ProcessMemory.table(rssAfterIssuance));
            System.out.println("\nRSS at the end of the witness catch-up:\n" + ProcessMemory.table(ProcessMemory.snapshot(bench.data)));
        }
    }

    /**
     * Completions through the whole pipeline before anything is measured, so the figures are of
     * compiled code: otherwise the first seconds measure five JVMs compiling on two cores.
     */
    private static void warmUp(TopicObserver observer, CompletionSender sender, int count) {
        long start = System.currentTimeMillis();
        sender.send("warmup", count, 0);
        observer.await(() -> observer.verifiableAt.size() >= count, Duration.ofMinutes(15));
        BenchStack.log(String.format("warm-up: %d of %d completions verifiable after %.1f s (not counted)",
                observer.verifiableAt.size(), count, (System.currentTimeMillis() - start) / 1e3));
    }

    /** Answers the sustained rate in credentials/s. */
    private static double burst(BenchStack bench, TopicObserver observer, CompletionSender sender, int count) {
        Map<String, Long> cpuBefore = ProcessMemory.cpuTicks(bench.data);
        int before = observer.verifiableAt.size();
        long start = System.currentTimeMillis();
        FlightRecorder.record(List.of("issuer-service", "status-stream", "witness-forwarder", "witness-ledger"),
                Integer.getInteger("bench.profile-seconds", 60));
        sender.send("burst", count, 0);
        BenchStack.log(String.format("burst: %d completions produced in %.1f s", count, (System.currentTimeMillis() - start) / 1e3));
        boolean all = observer.await(() -> observer.verifiableAt.size() >= before + count,
                Duration.ofSeconds(Integer.getInteger("bench.burst-timeout", 900)));
        List<Long> arrivals = new ArrayList<>(observer.verifiableAt.values().stream().filter(t -> t >= start).toList());
        arrivals.sort(null);
        int n = arrivals.size();
        System.out.println("\nCPU used during the burst:\n" + ProcessMemory.cpuTable(cpuBefore, ProcessMemory.cpuTicks(bench.data),
                (System.currentTimeMillis() - start) / 1e3));
        double overall = n / ((arrivals.get(n - 1) - start) / 1e3);
        int from = n / 10;
        int to = n * 9 / 10;
        double steady = (to - from) / ((arrivals.get(to - 1) - arrivals.get(from)) / 1e3);
        System.out.printf("%nBURST: %d of %d completions verifiable%s; first after %d ms, last after %.1f s%n"
                + "  sustained (all, from first produce to last verifiable): %.0f credentials/s%n"
                + "  steady state (10th to 90th percentile of arrivals): %.0f credentials/s%n%n",
                n, count, all ? "" : " (TIMED OUT)", arrivals.get(0) - start, (arrivals.get(n - 1) - start) / 1e3, overall, steady);
        return steady;
    }

    private static void paced(BenchStack bench, TopicObserver observer, CompletionSender sender, String prefix, int rate,
            int seconds) throws SQLException {
        int count = rate * seconds;
        long start = System.currentTimeMillis();
        sender.send(prefix, count, rate);
        double took = (System.currentTimeMillis() - start) / 1e3;
        BenchStack.log(String.format("%s: %d completions produced in %.1f s (%.0f/s)", prefix, count, took, count / took));
        Map<String, Issued> issued = issuedOf(bench, prefix);
        long deadline = System.currentTimeMillis() + 600_000;
        while ((issued.size() < count || !issued.values().stream().allMatch(i -> observer.verifiableAt.containsKey(i.hash())))
                && System.currentTimeMillis() < deadline) {
            Quiet.sleep(2_000); // the arrival times are stamped by the observer; this only waits for the tail
            issued = issuedOf(bench, prefix);
        }
        Latencies latencies = new Latencies();
        Latencies toIssued = new Latencies();
        Latencies toPublished = new Latencies();
        Latencies toVerifiable = new Latencies();
        int missing = 0;
        for (var e : issued.entrySet()) {
            String hash = e.getValue().hash();
            Long verifiable = observer.verifiableAt.get(hash);
            if (verifiable == null) {
                missing++;
                continue;
            }
            long sent = sender.sentAt.get(e.getKey());
            latencies.add(verifiable - sent);
            Long published = observer.publishedAt.get(hash);
            if (published != null) {
                toIssued.add(e.getValue().at() - sent);
                toPublished.add(published - e.getValue().at());
                toVerifiable.add(verifiable - published);
            }
        }
        System.out.printf("%nPACED at %d/s for %d s (%s): issue-to-verifiable %s; %d issued not yet verifiable, %d not issued%n",
                rate, seconds, prefix, latencies, missing, count - issued.size());
        System.out.printf("  stages: produced -> issued (ingress poll, checks, rendering) %s%n"
                + "          issued -> sent by the outbox relay (commit, relay poll) %s%n"
                + "          sent -> verifiable (status-stream fold and EOS commit) %s%n", toIssued, toPublished, toVerifiable);
        spotCheck(bench, issued.values().stream().map(Issued::hash).limit(50).toList());
    }


    /** A completion's credential: its hash, and its issue time (the clock of the transaction that wrote it). */
    private record Issued(String hash, long at) {
    }

    /** Completion id to its credential, from the issuer's idempotency table (key platform:PLATFORM:id). */
    private static Map<String, Issued> issuedOf(BenchStack bench, String prefix) {
        Map<String, Issued> issued = new HashMap<>();
        try (Connection c = DriverManager.getConnection(bench.stack.issuerJdbcUrl(), "postgres", "postgres");
                ResultSet rs = c.createStatement().executeQuery("select k.key, c.hash, c.issued_at from idempotency_key k"
                        + " join credential c on c.id = k.credential_id where k.key like 'platform:"
                        + CompletionSender.PLATFORM + ":" + prefix + "-%'")) {
            while (rs.next()) {
                String key = rs.getString(1);
                issued.put(key.substring(key.lastIndexOf(':') + 1), new Issued(rs.getString(2), rs.getTimestamp(3).getTime()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return issued;
    }

    private static void spotCheck(BenchStack bench, List<String> hashes) {
        int ok = 0;
        for (String hash : hashes) {
            if (BenchHttp.verify(bench.stack.status().url(), "issue.bench.example", "/c/x/" + hash).startsWith("200 {\"status\":\"OK\"}")) {
                ok++;
            }
        }
        System.out.printf("  spot check: verify answers OK for %d of %d sampled hashes%n", ok, hashes.size());
    }
}
