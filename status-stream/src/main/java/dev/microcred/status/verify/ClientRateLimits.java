package dev.microcred.status.verify;

import dev.microcred.support.access.TokenBuckets;
import java.util.function.LongSupplier;

/**
 * How many public requests one client may make: a {@link TokenBuckets} bucket per client address,
 * refilled at {@code perSecond} up to {@code burst}. A verifier app asks a handful of times per
 * credential; a client far beyond that is scraping or flooding, and is told to come back later (503
 * with Retry-After, the protocol's answer to overload) while everyone else is served. A flood from
 * many addresses is the load balancer's to stop: beyond {@code maxClients} a new client is let
 * through. An IPv6 client is its /64, the block one subscriber holds, so it cannot take a fresh
 * bucket per address. {@code perSecond} 0 turns the limit off.
 */
public final class ClientRateLimits {
    private final TokenBuckets<String> buckets;

    public ClientRateLimits(double perSecond, double burst, int maxClients, LongSupplier nanos) {
        this.buckets = new TokenBuckets<>(perSecond, burst, maxClients, nanos);
    }

    /** False when {@code perSecond} is 0: every request is allowed, and none need be looked at. */
    public boolean enabled() {
        return buckets.enabled();
    }

    /** True when the client may make one more request now, which this call counts. */
    public boolean allows(String address) {
        return address == null || buckets.allows(clientOf(address));
    }

    /** An IPv6 literal's /64; anything else as it is. */
    static String clientOf(String address) {
        byte[] bytes = address.indexOf(':') >= 0 ? TrustedProxies.literal(address) : null;
        if (bytes == null || bytes.length != 16) {
            return address;
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString((bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff)).append(':');
        }
        return prefix.append(":/64").toString();
    }
}
