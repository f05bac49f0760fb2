package dev.microcred.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Plays verifiers asking for credentials over and over while a fault runs, and judges every answer.
 * An answer is wrong when it is an OK for a credential whose revocation the issuer had confirmed
 * more than the staleness bound before the request was sent (the bound is the promise: heartbeats
 * older than it stop a copy from answering), a 404 for an issued credential, any other status, or
 * a 503 without Retry-After. 503s and instances that cannot be reached are counted, not wrong.
 */
final class VerifierWatch implements AutoCloseable {
    static final String OK = "{\"status\":\"OK\"}";
    static final String REVOKED = "{\"status\":\"REVOKED\"}";

    private final Duration bound;
    private final Map<String, Instant> revokedAt = new ConcurrentHashMap<>();
    private final Map<String, Integer> outcomes = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> byInstance = new ConcurrentHashMap<>();
    private final List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;
    private volatile boolean running = true;

    /** Asks each instance {@code instances} gives (it may change) for each credential, until closed. */
    VerifierWatch(Duration bound, Supplier<Collection<ServiceProcess>> instances, Collection<IssuingLoad.Issued> credentials) {
        this.bound = bound;
        this.thread = new Thread(() -> {
            while (running) {
                for (ServiceProcess instance : instances.get()) {
                    credentials.forEach(c -> ask(instance, c));
                }
            }
        }, "verifier-watch");
        thread.start();
    }

    /** Call once the issuer confirmed the revocation. */
    void revoked(String hash) {
        revokedAt.put(hash, Instant.now());
    }

    private void ask(ServiceProcess instance, IssuingLoad.Issued credential) {
        Instant sent = Instant.now();
        Http.Answer answer;
        try {
            answer = Http.verify(instance.url(), credential.host(), credential.verifyPath(), "application/json");
        } catch (AssertionError unreachable) {
            count(instance, "unreachable");
            return;
        }
        String outcome = answer.status() == 200 ? answer.body() : Integer.toString(answer.status());
        count(instance, outcome);
        Instant revoked = revokedAt.get(credential.hash());
        boolean staleOk = OK.equals(answer.body()) && revoked != null && sent.isAfter(revoked.plus(bound));
        boolean known = OK.equals(answer.body()) || REVOKED.equals(answer.body())
                || answer.status() == 503 && answer.raw().headers().firstValue("Retry-After").isPresent();
        if (staleOk || !known) {
            wrong.add(instance.name() + " answered " + outcome + " for " + credential.hash() + " at " + sent
                    + (revoked == null ? "" : " (revoked at " + revoked + ")"));
        }
    }

    private void count(ServiceProcess instance, String outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
        byInstance.computeIfAbsent(instance.name(), i -> new ConcurrentHashMap<>()).merge(outcome, 1, Integer::sum);
    }

    /** One instance's answers by outcome. */
    Map<String, Integer> outcomesOf(ServiceProcess instance) {
        return new TreeMap<>(byInstance.getOrDefault(instance.name(), Map.of()));
    }

    /** Answers by outcome: a body for 200, the status otherwise, or "unreachable". */
    Map<String, Integer> outcomes() {
        return new TreeMap<>(outcomes);
    }

    int checked() {
        return outcomes.values().stream().mapToInt(Integer::intValue).sum();
    }

    List<String> wrong() {
        return List.copyOf(wrong);
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
