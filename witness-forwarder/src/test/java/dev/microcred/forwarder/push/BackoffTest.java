package dev.microcred.forwarder.push;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Duration initial = Duration.ofMillis(200);
    private final Duration max = Duration.ofSeconds(30);

    @Test
    void ceilingDoublesPerRetryUntilTheMaximum() {
        Backoff backoff = new Backoff(initial, max, () -> 0.5);

        assertEquals(200, backoff.ceilingMillis(0));
        assertEquals(400, backoff.ceilingMillis(1));
        assertEquals(25_600, backoff.ceilingMillis(7));
        assertEquals(30_000, backoff.ceilingMillis(8));
        assertEquals(30_000, backoff.ceilingMillis(1_000));
    }

    @Test
    void fullJitterWaitsARandomShareOfTheCeiling() {
        assertEquals(Duration.ZERO, new Backoff(initial, max, () -> 0.0).delay(3));
        assertEquals(Duration.ofMillis(800), new Backoff(initial, max, () -> 0.5).delay(3));
        assertEquals(Duration.ofMillis(1_599), new Backoff(initial, max, () -> 0.9999).delay(3));
    }
}
