package dev.microcred.deploy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issues credentials one after another in the background while a test breaks something: City &
 * Guilds competencies (witnessed in the UK, by push) and Duolingo English Tests (US and UK, so the
 * pulling US witness too), each with its serial, so every text hashes apart. Keeps what the API
 * accepted (201) and counts what it refused during the fault; the accepted ones must all end up
 * verifiable, published once and witnessed once.
 */
final class IssuingLoad implements AutoCloseable {
    /** A credential the issuer accepted, and where a verifier asks for it. */
    record Issued(String hash, String host, String path, String issuerId, String id) {
        String verifyPath() {
            return path + hash;
        }
    }

    private final LocalStack stack;
    private final String cgKey;
    private final String duolingoKey;
    private final List<Issued> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final Thread thread;
    private volatile boolean running = true;

    private IssuingLoad(LocalStack stack, String cgKey, String duolingoKey) {
        this.stack = stack;
        this.cgKey = cgKey;
        this.duolingoKey = duolingoKey;
        this.thread = new Thread(this::run, "issuing-load");
    }

    static IssuingLoad start(LocalStack stack, String cgKey, String duolingoKey) {
        IssuingLoad load = new IssuingLoad(stack, cgKey, duolingoKey);
        load.thread.start();
        return load;
    }

    private void run() {
        String validUntil = LocalDate.now(ZoneOffset.UTC).plusYears(2).toString();
        for (int i = 0; running; i++) {
            boolean guilds = i % 2 == 0;
            String issuerId = guilds ? "city-and-guilds" : "duolingo-english-test";
            String testId = "DET-2026-" + (2_000_000 + i);
            try {
                Http.Answer answer = Http.send("POST", stack.issuer().url() + "/api/v1/issuers/" + issuerId + "/credentials",
                        guilds ? cgKey : duolingoKey, guilds ? Seed.competency("2365-03-Unit-" + (600 + i))
                                : Seed.languageTest(validUntil, testId));
                if (answer.status() == 201) {
                    accepted.add(guilds ? guilds(answer) : new Issued(answer.field("hash"), "englishtest.duolingo.com",
                            "/v/" + testId + "/", issuerId, answer.field("id")));
                } else {
                    refused.incrementAndGet();
                }
            } catch (AssertionError unreachable) {
                refused.incrementAndGet();
            }
            LocalStack.sleep(50);
        }
    }

    /** A City & Guilds competency as the issuer answered it, and where it verifies. */
    static Issued guilds(Http.Answer issued) {
        return new Issued(issued.field("hash"), "cityandguilds.com", "/v/7891234-308/", "city-and-guilds", issued.field("id"));
    }

    List<Issued> accepted() {
        return List.copyOf(accepted);
    }

    int refused() {
        return refused.get();
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
