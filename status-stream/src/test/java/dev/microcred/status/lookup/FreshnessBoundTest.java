package dev.microcred.status.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A copy of the status store answers only while the last relay heartbeat it folded is recent enough. */
class FreshnessBoundTest {
    private static final Instant NOW = Instant.parse("2026-02-01T12:00:10Z");
    private final FreshnessBound bound = new FreshnessBound(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(5));

    @Test
    void aCopyWithinTheBoundAnswers() {
        assertTrue(bound.allows(Optional.of(NOW.minusSeconds(1))));
        assertTrue(bound.allows(Optional.of(NOW.minusSeconds(5))));
    }

    @Test
    void aCopyWhoseHeartbeatsStoppedDoesNot() {
        //Given the relay, the broker or this instance stalled 5.001 s ago
        //Then the copy may no longer answer: a revocation committed since could be missing
        assertFalse(bound.allows(Optional.of(NOW.minusSeconds(5).minusMillis(1))));
    }

    @Test
    void aCopyThatNeverFoldedAHeartbeatDoesNot() {
        assertFalse(bound.allows(Optional.empty()));
    }
}
