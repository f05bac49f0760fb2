package dev.microcred.status.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** One client may not crowd out the others: a bucket per client address, on a clock the test moves. */
class ClientRateLimitsTest {
    private final AtomicLong nanos = new AtomicLong();
    private final ClientRateLimits limits = new ClientRateLimits(2, 4, 3, nanos::get);

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
    void anIpv6ClientIsItsSlash64() {
        //Given a client that used its burst from one address of its /64
        for (int i = 0; i < 4; i++) {
            assertTrue(limits.allows("2001:db8:1:2::" + (i + 1)));
        }
        //Then another address of the same /64 is the same client, and another /64 is not
        assertFalse(limits.allows("2001:db8:1:2:ffff::9"));
        assertTrue(limits.allows("2001:db8:1:3::1"));
    }

    @Test
    void zeroPerSecondTurnsTheLimitOff() {
        ClientRateLimits off = new ClientRateLimits(0, 4, 3, nanos::get);
        for (int i = 0; i < 100; i++) {
            assertTrue(off.allows("203.0.113.7"));
        }
    }
}
