package dev.microcred.support.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (a client address, an API key): each refills at {@code perSecond} up to
 * {@code burst}, and a request takes one token. At most {@code maxKeys} buckets are kept: when
 * full, those that have refilled (idle keys) go, at most once a second, and otherwise a new key is
 * let through rather than refused, so a flood of fresh keys costs memory no more than
 * {@code maxKeys} buckets. {@code perSecond} 0 turns the limit off.
 */
public final class TokenBuckets<K> {
    private final double perSecond;
    private final double burst;
    private final int maxKeys;
    private final LongSupplier nanos;
    private final Map<K, Bucket> buckets = new ConcurrentHashMap<>();
    private long lastSweep = Long.MIN_VALUE;

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    /** @param nanos a monotonic clock, {@code System::nanoTime} outside tests */
    public TokenBuckets(double perSecond, double burst, int maxKeys, LongSupplier nanos) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, burst);
        this.maxKeys = maxKeys;
        this.nanos = nanos;
    }

    /** False when {@code perSecond} is 0: every request is allowed, and none need be looked at. */
    public boolean enabled() {
        return perSecond > 0;
    }

    /** True when the key may make one more request now, which this call counts. */
    public boolean allows(K key) {
        if (perSecond <= 0) {
            return true;
        }
        long now = nanos.getAsLong();
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= maxKeys && !makeRoom(now)) {
                return true;
            }
            bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
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

    /** Whole seconds until the key has a token again (at least 1), for a Retry-After header. */
    public long secondsUntilNext() {
        return Math.max(1, (long) Math.ceil(1 / Math.max(perSecond, 1e-9)));
    }

    private double refilled(Bucket bucket, long now) {
        return Math.min(burst, bucket.tokens + (now - bucket.at) / 1e9 * perSecond);
    }

    /** Drops the buckets of keys idle long enough to be full again, at most once a second; true when there is room. */
    private synchronized boolean makeRoom(long now) {
        if (lastSweep != Long.MIN_VALUE && now - lastSweep < 1_000_000_000L) {
            return buckets.size() < maxKeys;
        }
        lastSweep = now;
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return refilled(e.getValue(), now) >= burst;
            }
        });
        return buckets.size() < maxKeys;
    }
}
