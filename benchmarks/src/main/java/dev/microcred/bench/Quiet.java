package dev.microcred.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Waits until the machine is nearly idle (from /proc/stat), so a measurement does not share the
 * CPUs with background work of the stack such as the forwarder draining deltas or compactions.
 */
final class Quiet {
    private Quiet() {
    }

    /** Waits until idle over two seconds is at least {@code idleShare}, or {@code maxSeconds} passed; answers the last idle share. */
    static double await(double idleShare, int maxSeconds) {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        double idle;
        do {
            long[] before = cpu();
            sleep(2_000);
            long[] after = cpu();
            idle = (double) (after[1] - before[1]) / Math.max(1, after[0] - before[0]);
        } while (idle < idleShare && System.nanoTime() < deadline);
        return idle;
    }

    /** Total and idle jiffies of all CPUs. */
    private static long[] cpu() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        sleep(millis, 0);
    }

    static void sleep(long millis, int nanos) {
        try {
            Thread.sleep(millis, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
