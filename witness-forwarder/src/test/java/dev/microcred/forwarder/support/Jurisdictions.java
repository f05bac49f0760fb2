package dev.microcred.forwarder.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh subdivision codes (XA-1, XA-2, ...), so each test sees only its own deltas although all
 * tests share one forwarder, one broker and one feed index.
 */
public final class Jurisdictions {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Jurisdictions() {
    }

    public static String fresh() {
        return "XA-" + Integer.toString(NEXT.incrementAndGet(), 36).toUpperCase();
    }

    public static String freshWitnessId(String prefix) {
        return prefix + "-" + Integer.toString(NEXT.incrementAndGet(), 36);
    }
}
