package dev.microcred.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankSamples() {
        // Given the latencies 1..1000 ms in reverse order
        Latencies latencies = new Latencies();
        for (int ms = 1000; ms >= 1; ms--) {
            latencies.add(ms);
        }
        // Then p50 is the 500th smallest, p99 the 990th, p100 the largest
        assertEquals(500, latencies.percentile(50));
        assertEquals(990, latencies.percentile(99));
        assertEquals(1000, latencies.percentile(100));
        assertEquals(1000, latencies.max());
    }

    @Test
    void aSingleSampleIsEveryPercentile() {
        Latencies latencies = new Latencies();
        latencies.add(7);
        assertEquals(7, latencies.percentile(1));
        assertEquals(7, latencies.percentile(99));
    }

    @Test
    void noSamplesGiveMinusOneAndABadPercentileIsRefused() {
        assertEquals(-1, new Latencies().percentile(99));
        assertThrows(IllegalArgumentException.class, () -> new Latencies().percentile(0));
    }
}
