package dev.microcred.status.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * One client may not crowd out the others: a bucket per client (how a bucket bursts and refills is
 * service-support's TokenBucketsTest), on a clock the test moves.
 */
class ClientRateLimitsTest {
    private final AtomicLong nanos = new AtomicLong();
    private final ClientRateLimits limits = new ClientRateLimits(2, 4, 3, nanos::get);

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
