package dev.microcred.support.loop;

import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * A worker thread that runs its {@link Body} again and again until stopped: the one way the
 * services run their consumers, relay, election and push workers. A body that throws is reported
 * to {@link Failures} and run again after a pause that doubles with each failure in a row, from
 * {@code firstPause} up to {@code maxPause}; a body that returns resets the count.
 *
 * <p>Stopping wakes the thread the way its body needs: the waker it registered (a Kafka consumer's
 * {@code wakeup()}, so the consumer still leaves its group cleanly), or else an interrupt. A
 * {@link #pause} ends at once either way. Whatever the body throws once stopping has begun is part
 * of stopping and is not reported; an interrupt from anyone else also ends the loop. Only an error
 * of the JVM itself (out of memory, say) ends the thread otherwise.
 */
public final class BackgroundLoop {
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(BackgroundLoop.class);

    /** One pass; the loop runs it again when it returns or throws, until stopped. */
    @FunctionalInterface
    public interface Body {
        void run(BackgroundLoop loop) throws Exception;
    }

    /** Told of each failed pass, with how many failed in a row (1 for the first). Runs on the loop's thread. */
    @FunctionalInterface
    public interface Failures {
        void failed(Exception failure, int inARow);
    }

    private final Body body;
    private final Failures failures;
    private final Duration firstPause;
    private final Duration maxPause;
    private final Object monitor = new Object();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Runnable waker;

    private BackgroundLoop(String name, Body body, Failures failures, Duration firstPause, Duration maxPause) {
        this.body = body;
        this.failures = failures;
        this.firstPause = firstPause;
        this.maxPause = maxPause;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
    }

    /** Starts a daemon thread of this name running {@code body}. */
    public static BackgroundLoop start(String name, Body body, Failures failures, Duration firstPause,
            Duration maxPause) {
        BackgroundLoop loop = new BackgroundLoop(name, body, failures, firstPause, maxPause);
        loop.thread.start();
        return loop;
    }

    /** The same pause after every failure. */
    public static BackgroundLoop start(String name, Body body, Failures failures, Duration pauseAfterFailure) {
        return start(name, body, failures, pauseAfterFailure, pauseAfterFailure);
    }

    /** False once stopping began: a body checks it between steps. */
    public boolean running() {
        return running;
    }

    /**
     * How to wake the body when stopping, instead of an interrupt; registered by the body for what
     * it blocks on now, and cleared with {@code null}.
     */
    public void wakeWith(Runnable waker) {
        this.waker = waker;
    }

    /** Waits, unless stopping; returns whether the loop still runs. */
    public boolean pause(Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        synchronized (monitor) {
            long left;
            while (running && (left = deadline - System.nanoTime()) > 0) {
                monitor.wait(Math.max(1, left / 1_000_000));
            }
        }
        return running;
    }

    /** Begins stopping and returns at once; {@link #stop} also waits for the thread. */
    public void requestStop() {
        synchronized (monitor) {
            running = false;
            monitor.notifyAll();
        }
        Runnable wake = waker;
        if (wake != null) {
            wake.run();
        } else {
            thread.interrupt();
        }
    }

    /**
     * Stops the loop and waits (up to 10 s) until its thread has left, so nothing it does overlaps
     * what follows. Returns false, and says so in the log, if the thread was still running then.
     */
    public boolean stop() throws InterruptedException {
        requestStop();
        thread.join(JOIN_TIMEOUT.toMillis());
        if (thread.isAlive()) {
            LOG.errorf("%s did not stop within %s", thread.getName(), JOIN_TIMEOUT);
            return false;
        }
        return true;
    }

    private void run() {
        int inARow = 0;
        while (running) {
            try {
                body.run(this);
                inARow = 0;
            } catch (InterruptedException e) {
                running = false;
            } catch (Exception | LinkageError | AssertionError e) {
                if (!running) {
                    return;
                }
                report(e, ++inARow);
                try {
                    pause(pauseAfter(inARow));
                } catch (InterruptedException stopped) {
                    running = false;
                }
            }
        }
    }

    private void report(Throwable failure, int inARow) {
        try {
            failures.failed(failure instanceof Exception e ? e : new IllegalStateException(failure), inARow);
        } catch (RuntimeException e) {
            LOG.errorf(e, "reporting a failure of %s failed", thread.getName());
        }
    }

    private Duration pauseAfter(int inARow) {
        Duration pause = firstPause.multipliedBy(1L << Math.min(inARow - 1, 20));
        return pause.compareTo(maxPause) > 0 ? maxPause : pause;
    }
}
