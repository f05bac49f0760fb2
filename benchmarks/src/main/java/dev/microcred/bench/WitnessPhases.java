package dev.microcred.bench;

import dev.microcred.deploy.WitnessLedger;
import java.time.Duration;
import java.util.Set;

/**
 * The witness side of the issuance benchmark: the lag from status-stream's change to the
 * witness's leaf, per hash, and the catch-up of a witness that was down under load.
 */
final class WitnessPhases {
    private WitnessPhases() {
    }

    static void lag(TopicObserver observer, int completions) {
        observer.await(() -> observer.witnessedAt.size() >= completions, Duration.ofSeconds(300));
        Latencies lag = new Latencies();
        observer.witnessedAt.forEach((hash, witnessed) -> {
            Long changed = observer.deltaChangedAt.get(hash);
            if (changed != null) {
                lag.add(witnessed - changed);
            }
        });
        System.out.printf("%nWITNESS LAG over the burst and paced runs (status-stream change to witness leaf): %s; %d of %d witnessed%n",
                lag, observer.witnessedAt.size(), completions);
    }

    static void outage(WitnessLedger witness, TopicObserver observer, CompletionSender sender, int seconds, int rate)
            throws Exception {
        witness.process().close();
        BenchStack.log("witness stopped; paced load at " + rate + "/s for " + seconds + " s");
        Thread load = new Thread(() -> sender.send("outage", rate * (seconds + 600), rate), "outage-load");
        load.setDaemon(true);
        load.start();
        Quiet.sleep(seconds * 1000L);
        long receiptsBefore = observer.receiptRecords.get();
        int backlog = observer.deltaChangedAt.size() - observer.witnessedAt.size();
        long restarted = System.currentTimeMillis();
        witness.process().start();
        long ready = System.currentTimeMillis();
        BenchStack.log("witness restarted (ready in " + (ready - restarted) + " ms); backlog " + backlog + " deltas");
        boolean caughtUp = observer.await(() -> missingReceipts(observer, System.currentTimeMillis() - 2_000) == 0,
                Duration.ofSeconds(Integer.getInteger("bench.catchup-timeout", 900)));
        long done = System.currentTimeMillis();
        long delivered = observer.receiptRecords.get() - receiptsBefore;
        System.out.printf("%nCATCH-UP after %d s down under %d/s: backlog %d deltas at restart; %s after %.1f s from restart"
                + " (%.1f s from ready); %d receipts meanwhile = %.0f deltas/s delivered, net backlog drain %.0f deltas/s%n",
                seconds, rate, backlog, caughtUp ? "lag 0" : "NOT caught up", (done - restarted) / 1e3, (done - ready) / 1e3,
                delivered, delivered / ((done - restarted) / 1e3), backlog / ((done - restarted) / 1e3));
        sender.stop();
    }

    /** Deltas that changed before {@code before} and have no receipt yet. */
    private static long missingReceipts(TopicObserver observer, long before) {
        Set<String> witnessed = observer.witnessedAt.keySet();
        return observer.deltaChangedAt.entrySet().stream().filter(e -> e.getValue() < before && !witnessed.contains(e.getKey())).count();
    }
}
