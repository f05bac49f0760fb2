package dev.microcred.support.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** One key may not crowd out the others: a bucket per key, on a clock the test moves. */
class TokenBucketsTest {
    private final AtomicLong nanos = new AtomicLong();
    private final TokenBuckets<String> limits = new TokenBuckets<>(2, 4, 3, nanos::get);

    @Test
    void aClientMayBurstThenWaitsForItsBucketToRefill() {
        //Given a client that has used its burst of four
        for (int i = 0; i < 4; i++) {
            assertTrue(limits.allows("203.0.113.7"));
        }
        //Then a fifth request at once is refused, and another client is not affected
        assertFalse(limits.allows("203.0.113.7"));
        assertTrue(limits.allows("198.51.100.2"));
        //When half a second passes (two a second refill one)
        nanos.addAndGet(500_000_000L);
        //Then one more is allowed, and no more
        assertTrue(limits.allows("203.0.113.7"));
        assertFalse(limits.allows("203.0.113.7"));
    }

    @Test
    void whenFullIdleClientsMakeRoomAndOtherwiseANewClientIsLetThrough() {
        //Given as many clients as are tracked, each having just asked
        limits.allows("a");
        limits.allows("b");
        limits.allows("c");
        //Then a new client is let through though none can be dropped (their buckets are not full again)
        assertTrue(limits.allows("d"));
        //When they fall idle long enough to be full again, a new client takes a bucket and is limited like any other
        nanos.addAndGet(10_000_000_000L);
        for (int i = 0; i < 4; i++) {
            assertTrue(limits.allows("e"));
        }
        assertFalse(limits.allows("e"));
    }

    @Test
    void retryAfterIsTheWholeSecondsUntilTheNextToken() {
        assertEquals(1, limits.secondsUntilNext());
        assertEquals(5, new TokenBuckets<String>(0.2, 1, 3, nanos::get).secondsUntilNext());
    }

    @Test
    void zeroPerSecondTurnsTheLimitOff() {
        TokenBuckets<String> off = new TokenBuckets<>(0, 4, 3, nanos::get);
        for (int i = 0; i < 100; i++) {
            assertTrue(off.allows("203.0.113.7"));
        }
    }
}
