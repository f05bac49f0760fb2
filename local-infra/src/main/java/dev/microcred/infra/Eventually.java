package dev.microcred.infra;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for an asynchronous outcome (a delivery, a folded delta) instead of sleeping a guessed time. */
public final class Eventually {
    private Eventually() {
    }

    /** @throws AssertionError when {@code condition} does not hold within {@code timeout} */
    public static void within(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
        throw new AssertionError("not within " + timeout + ": " + what);
    }
}
