package dev.microcred.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * Verify throughput and latency over a large status view, against nginx serving the same answers
 * as static files, with the same wrk settings and random paths (10% unknown hashes), in one run.
 *
 * <p>Settings (system properties): bench.credentials (1000000), bench.seconds (30 per measured
 * run), bench.warmup-seconds (10), bench.threads (2), bench.connections (64), bench.root (project folder),
 * bench.profile (a folder: record status-stream's measured run with Flight Recorder).
 */
public final class VerifyBench {
    private static final String ISSUER = "bench-verify";
    private static final String DOMAIN = "verify.bench.example";
    private static final String BASE = "/v";

    private VerifyBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.credentials", 1_000_000);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int warmup = Integer.getInteger("bench.warmup-seconds", 10);
        try (BenchStack bench = BenchStack.start("verify-bench", List.of())) {
            BenchHttp.createIssuer(bench.stack.issuer().url(), bench.stack.adminToken(), """
                    {"id":"%s","displayName":"Verify Benchmark","verifyBase":"%s%s","jurisdictions":["US"]}"""
                    .formatted(ISSUER, DOMAIN, BASE));
            // The forwarder would index every one of the million deltas in PostgreSQL for witnesses, minutes of
            // background work that is not part of a lookup; the issuance benchmark measures it.
            bench.stack.forwarder().close();
            StoredCredentials stored = new StoredCredentials(ISSUER, DOMAIN, BASE, count, 42);
            Path work = Files.createDirectories(bench.data.resolve("verify-bench"));
            NginxBaseline nginx = new NginxBaseline(work);
            Files.createDirectories(nginx.documentRoot().resolve(BASE.substring(1)));
            load(bench, stored);
            writeStaticAnswers(stored, nginx);
            Path paths = writePaths(stored, work.resolve("paths.txt"));
            spotCheck(bench, stored);
            try (NginxBaseline server = nginx.start()) {
                Wrk wrk = new Wrk(work, paths, DOMAIN, Integer.getInteger("bench.threads", 2),
                        Integer.getInteger("bench.connections", 64));
                String statusUrl = bench.stack.status().url();
                BenchHttp.verify(server.url(), DOMAIN, BASE + "/" + stored.hash(0)); // nginx answers
                Map<String, String> outputs = new java.util.LinkedHashMap<>();
                for (String[] target : List.of(new String[] {"nginx", server.url()}, new String[] {"status-stream", statusUrl})) {
                    BenchStack.log("warm-up of " + target[0] + ": " + warmup + " s; machine idle share before: "
                            + String.format("%.2f", Quiet.await(0.9, 120)));
                    wrk.run(target[1], warmup);
                    Quiet.await(0.9, 60);
                    BenchStack.log("measuring " + target[0] + ": " + String.join(" ", wrk.command(target[1], seconds)));
                    if (target[0].equals("status-stream")) {
                        FlightRecorder.record(List.of("status-stream"), seconds);
                    }
                    outputs.put(target[0], wrk.run(target[1], seconds));
                    System.out.println(outputs.get(target[0]));
                }
                report(outputs, ProcessMemory.snapshot(bench.data));
            }
        }
    }

    /** Produces every event and waits until status-stream has folded all of them (credential-status records). */
    private static void load(BenchStack bench, StoredCredentials stored) {
        try (TopicObserver observer = new TopicObserver(bench.stack.operatorKafka(), false);
                KafkaProducer<String, Object> producer = RegistryProducer.create(bench.stack.operatorKafka(),
                        bench.stack.registryUrl())) {
            long started = System.nanoTime();
            long events = stored.produce(producer);
            double producedIn = (System.nanoTime() - started) / 1e9;
            BenchStack.log(String.format("produced %d credential events for %d hashes in %.1f s", events, stored.size(), producedIn));
            if (!observer.await(() -> observer.statusRecords.get() >= events, Duration.ofMinutes(30))) {
                throw new IllegalStateException("status-stream folded only " + observer.statusRecords.get() + " of " + events);
            }
            double foldedIn = (System.nanoTime() - started) / 1e9;
            BenchStack.log(String.format("status-stream folded all %d events %.1f s after the first was sent: %.0f events/s",
                    events, foldedIn, events / foldedIn));
        }
    }

    private static void writeStaticAnswers(StoredCredentials stored, NginxBaseline nginx) {
        long started = System.nanoTime();
        for (int i = 0; i < stored.size(); i++) {
            String answer = "{\"status\":\"" + stored.status(i).name() + "\"}";
            nginx.writeAnswer(BASE + "/" + stored.hash(i), answer.getBytes(StandardCharsets.UTF_8));
        }
        BenchStack.log(String.format("wrote %d static answers for nginx in %.1f s", stored.size(), (System.nanoTime() - started) / 1e9));
    }

    /** Every stored hash once, plus unknown hashes making up 10% of the list, shuffled. */
    private static Path writePaths(StoredCredentials stored, Path file) {
        List<String> paths = new ArrayList<>(stored.size() + stored.size() / 9 + 1);
        for (int i = 0; i < stored.size(); i++) {
            paths.add(BASE + "/" + stored.hash(i));
        }
        Random random = new Random(7);
        byte[] bytes = new byte[32];
        for (int i = 0; i < stored.size() / 9; i++) {
            random.nextBytes(bytes);
            paths.add(BASE + "/" + HexFormat.of().formatHex(bytes));
        }
        java.util.Collections.shuffle(paths, random);
        try {
            return Files.write(file, paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Both servers must give the same answers, or the comparison means nothing. */
    private static void spotCheck(BenchStack bench, StoredCredentials stored) {
        for (int i = 0; i < Math.min(200, stored.size()); i++) {
            String expected = "200 {\"status\":\"" + stored.status(i).name() + "\"}";
            String actual = BenchHttp.verify(bench.stack.status().url(), DOMAIN, BASE + "/" + stored.hash(i));
            if (!expected.equals(actual)) {
                throw new IllegalStateException("status-stream answered " + actual + " for " + stored.hash(i) + ", not " + expected);
            }
        }
        BenchStack.log("status-stream answers 200 hashes as stored");
    }

    private static void report(Map<String, String> outputs, Map<String, Long> rss) {
        WrkResult nginx = WrkResult.parse(outputs.get("nginx"));
        WrkResult status = WrkResult.parse(outputs.get("status-stream"));
        System.out.println("\n| server | requests/s | p50 (ms) | p90 (ms) | p99 (ms) | requests | non-2xx/3xx | socket errors |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (String name : List.of("nginx", "status-stream")) {
            WrkResult r = name.equals("nginx") ? nginx : status;
            System.out.printf("| %s | %.0f | %.2f | %.2f | %.2f | %d | %d | %d |%n", name, r.requestsPerSecond(),
                    r.p50Millis(), r.p90Millis(), r.p99Millis(), r.requests(), r.non2xx3xx(), r.socketErrors());
        }
        System.out.printf("%nthroughput ratio status-stream/nginx: %.2f (target >= 0.7)%n",
                status.requestsPerSecond() / nginx.requestsPerSecond());
        System.out.printf("p99 ratio status-stream/nginx: %.2f (target <= 2)%n%n", status.p99Millis() / nginx.p99Millis());
        System.out.println(ProcessMemory.table(rss));
    }
}
