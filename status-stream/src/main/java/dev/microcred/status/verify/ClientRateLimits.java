package dev.microcred.status.verify;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How many public requests one client may make: a token bucket per client address, refilled at
 * {@code perSecond} up to {@code burst}. A verifier app asks a handful of times per credential; a
 * client far beyond that is scraping or flooding, and is told to come back later (503 with
 * Retry-After, the protocol's answer to overload) while everyone else is served. At most
 * {@code maxClients} buckets are kept: when full, those that have refilled (idle clients) go, at
 * most once a second, and otherwise a new client is let through rather than refused, since a flood
 * from many addresses is the load balancer's to stop. An IPv6 client is its /64, the block one
 * subscriber holds, so it cannot take a fresh bucket per address. {@code perSecond} 0 turns the
 * limit off.
 */
public final class ClientRateLimits {
    private final double perSecond;
    private final double burst;
    private final int maxClients;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private long lastSweep = Long.MIN_VALUE;

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    public ClientRateLimits(double perSecond, double burst, int maxClients, LongSupplier nanos) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, burst);
        this.maxClients = maxClients;
        this.nanos = nanos;
    }

    /** False when {@code perSecond} is 0: every request is allowed, and none need be looked at. */
    public boolean enabled() {
        return perSecond > 0;
    }

    /** True when the client may make one more request now, which this call counts. */
    public boolean allows(String address) {
        if (perSecond <= 0 || address == null) {
            return true;
        }
        String client = clientOf(address);
        long now = nanos.getAsLong();
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            if (buckets.size() >= maxClients && !makeRoom(now)) {
                return true;
            }
            bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        }
        synchronized (bucket) {
            bucket.tokens = refilled(bucket, now);
            bucket.at = now;
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
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

    private double refilled(Bucket bucket, long now) {
        return Math.min(burst, bucket.tokens + (now - bucket.at) / 1e9 * perSecond);
    }

    /** Drops the buckets of clients idle long enough to be full again, at most once a second; true when there is room. */
    private synchronized boolean makeRoom(long now) {
        if (lastSweep != Long.MIN_VALUE && now - lastSweep < 1_000_000_000L) {
            return buckets.size() < maxClients;
        }
        lastSweep = now;
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return refilled(e.getValue(), now) >= burst;
            }
        });
        return buckets.size() < maxClients;
    }
}
