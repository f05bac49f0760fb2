package dev.microcred.support.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How every worker thread of the services behaves: passes until stopped, failures paused and told, stopping prompt. */
class BackgroundLoopTest {
    private static final Duration LONG = Duration.ofMinutes(5);

    @Test
    void runsItsBodyAgainAndAgainUntilStopped() throws Exception {
        AtomicInteger passes = new AtomicInteger();
        CountDownLatch threePasses = new CountDownLatch(3);
        BackgroundLoop loop = BackgroundLoop.start("test-loop", l -> {
            passes.incrementAndGet();
            threePasses.countDown();
            l.pause(Duration.ofMillis(5));
        }, (e, n) -> { }, LONG);

        assertTrue(threePasses.await(5, TimeUnit.SECONDS));
        loop.stop();
        int afterStop = passes.get();
        Thread.sleep(50);
        assertEquals(afterStop, passes.get(), "a stopped loop runs no further pass");
        assertFalse(loop.running());
    }

    @Test
    void aFailureIsToldWithHowManyFailedInARowAndCountingRestartsAfterAPassThatWorks() throws Exception {
        // Given a body that fails twice, works once, then fails again
        AtomicInteger pass = new AtomicInteger();
        List<Integer> told = new CopyOnWriteArrayList<>();
        CountDownLatch thirdFailure = new CountDownLatch(3);
        BackgroundLoop loop = BackgroundLoop.start("test-loop", l -> {
            if (pass.incrementAndGet() != 3) {
                throw new IllegalStateException("the broker is away");
            }
        }, (e, inARow) -> {
            told.add(inARow);
            thirdFailure.countDown();
        }, Duration.ofMillis(1), Duration.ofMillis(4));

        // Then the failures are told as 1, 2, and after the pass that worked, 1 again
        assertTrue(thirdFailure.await(5, TimeUnit.SECONDS));
        loop.stop();
        assertEquals(List.of(1, 2, 1), told.subList(0, 3));
    }

    @Test
    void thePauseAfterFailuresDoublesUpToItsMaximum() throws Exception {
        List<Long> startedAt = new CopyOnWriteArrayList<>();
        CountDownLatch fivePasses = new CountDownLatch(5);
        BackgroundLoop loop = BackgroundLoop.start("test-loop", l -> {
            startedAt.add(System.nanoTime());
            fivePasses.countDown();
            throw new IllegalStateException("still away");
        }, (e, n) -> { }, Duration.ofMillis(40), Duration.ofMillis(80));

        assertTrue(fivePasses.await(5, TimeUnit.SECONDS));
        loop.stop();
        // 40, 80, 80, 80 ms: each gap at least its pause
        long[] floors = {40, 80, 80, 80};
        for (int i = 0; i < floors.length; i++) {
            long gapMillis = TimeUnit.NANOSECONDS.toMillis(startedAt.get(i + 1) - startedAt.get(i));
            assertTrue(gapMillis >= floors[i], "gap " + i + " was " + gapMillis + " ms");
        }
    }

    @Test
    void stoppingEndsAPauseAtOnce() throws Exception {
        CountDownLatch pausing = new CountDownLatch(1);
        BackgroundLoop loop = BackgroundLoop.start("test-loop", l -> {
            pausing.countDown();
            l.pause(LONG);
        }, (e, n) -> { }, LONG);
        assertTrue(pausing.await(5, TimeUnit.SECONDS));

        long before = System.nanoTime();
        loop.stop();
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - before) < 2, "stop waited for the pause");
    }

    @Test
    void aBodyWithAWakerIsWokenByItNotInterrupted() throws Exception {
        // Given a body blocked the way a Kafka poll blocks: until its own wakeup
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch woken = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicInteger failuresTold = new AtomicInteger();
        BackgroundLoop loop = BackgroundLoop.start("test-loop", l -> {
            l.wakeWith(woken::countDown);
            blocked.countDown();
            while (woken.getCount() > 0) {
                Thread.onSpinWait();
            }
            interrupted.set(Thread.currentThread().isInterrupted());
            throw new IllegalStateException("woken up"); // what a consumer's poll throws
        }, (e, n) -> failuresTold.incrementAndGet(), LONG);
        assertTrue(blocked.await(5, TimeUnit.SECONDS));

        // When it is stopped
        loop.stop();

        // Then the waker woke it, no interrupt reached it, and what it threw while stopping was no failure
        assertEquals(0, woken.getCount());
        assertFalse(interrupted.get());
        assertEquals(0, failuresTold.get());
    }

    @Test
    void aBodyWithoutAWakerIsInterrupted() throws Exception {
        CountDownLatch sleeping = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        BackgroundLoop loop = BackgroundLoop.start("test-loop", l -> {
            sleeping.countDown();
            try {
                Thread.sleep(LONG.toMillis());
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
            }
        }, (e, n) -> { }, LONG);
        assertTrue(sleeping.await(5, TimeUnit.SECONDS));

        loop.stop();

        assertTrue(interrupted.get());
    }

    @Test
    void anErrorOfTheBodyOrOfItsReportDoesNotEndTheThread() throws Exception {
        // Given a body that fails with an error, not an exception, and a report that itself fails
        CountDownLatch threePasses = new CountDownLatch(3);
        BackgroundLoop loop = BackgroundLoop.start("test-loop", l -> {
            threePasses.countDown();
            throw new AssertionError("a bug");
        }, (e, n) -> {
            throw new IllegalStateException("the log is away");
        }, Duration.ofMillis(1));

        // Then the loop still retries, and stops when asked
        assertTrue(threePasses.await(5, TimeUnit.SECONDS));
        assertTrue(loop.stop());
    }
}
