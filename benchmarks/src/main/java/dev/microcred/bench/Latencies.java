package dev.microcred.bench;

import java.util.Arrays;

/**
 * Latency samples in milliseconds and their percentiles by the nearest-rank method: p99 of 1,000
 * samples is the 990th smallest, so a reported p99 is always a latency that really happened.
 */
public final class Latencies {
    private long[] samples = new long[1024];
    private int count;

    public synchronized void add(long millis) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = millis;
    }

    public synchronized int count() {
        return count;
    }

    /** The nearest-rank percentile, {@code p} in (0, 100]; -1 without samples. */
    public synchronized long percentile(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        if (count == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(rank, 1) - 1];
    }

    public synchronized long max() {
        return count == 0 ? -1 : Arrays.stream(samples, 0, count).max().getAsLong();
    }

    @Override
    public String toString() {
        return "n=" + count() + " p50=" + percentile(50) + " ms p99=" + percentile(99) + " ms max=" + max() + " ms";
    }
}
