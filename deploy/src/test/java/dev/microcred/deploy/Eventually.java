package dev.microcred.deploy;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until a probe's answer is done, or fails the test with the last answer after the time given. */
final class Eventually {
    private Eventually() {
    }

    static <T> T within(Duration within, Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + within.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within + "; last: " + last);
            }
            LocalStack.sleep(200);
            last = probe.get();
        }
        return last;
    }
}
