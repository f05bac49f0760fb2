package dev.microcred.status.verify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many verify lookups got which answer: {@code verify_answers_total{answer=...}} at /q/metrics,
 * with answer one of ok, expired, superseded, revoked, unknown, not_ready, overloaded (turned away by
 * {@link WorkerLookups}), failed (a lookup that threw), malformed. This replaces
 * Quarkus' per-request HTTP timers on this service: the verify benchmark's profile put them at a
 * tenth of each lookup (a timer looked up by its tags and recorded per request), while a counter
 * made once per answer costs an add. Latency of the public endpoint is the edge's to measure.
 */
@ApplicationScoped
public class VerifyCounts {
    static final String METER = "verify.answers";
    static final String MALFORMED = "malformed";
    static final String OVERLOADED = "overloaded";
    static final String FAILED = "failed";
    static final String THROTTLED = "throttled";
    private static final Map<String, String> CHANGED = Map.of("EXPIRED", "expired", "SUPERSEDED", "superseded",
            "REVOKED", "revoked");

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    VerifyCounts(MeterRegistry registry) {
        this.registry = registry;
        for (String answer : new String[] {"ok", "unknown", "not_ready", OVERLOADED, FAILED, MALFORMED, THROTTLED}) {
            counter(answer);
        }
        CHANGED.values().forEach(this::counter);
    }

    void count(VerifyAnswer answer) {
        counter(name(answer)).increment();
    }

    void countMalformed() {
        counter(MALFORMED).increment();
    }

    void countOverloaded() {
        counter(OVERLOADED).increment();
    }

    void countFailed() {
        counter(FAILED).increment();
    }

    void countThrottled() {
        counter(THROTTLED).increment();
    }

    static String name(VerifyAnswer answer) {
        if (answer instanceof VerifyAnswer.Valid) {
            return "ok";
        }
        if (answer instanceof VerifyAnswer.Changed changed) {
            String known = CHANGED.get(changed.status());
            return known != null ? known : changed.status().toLowerCase(Locale.ROOT);
        }
        return answer instanceof VerifyAnswer.NotReady ? "not_ready" : "unknown";
    }

    private Counter counter(String answer) {
        Counter counter = counters.get(answer);
        return counter != null ? counter : counters.computeIfAbsent(answer,
                name -> Counter.builder(METER).tag("answer", name).description("verify lookups by answer").register(registry));
    }
}
