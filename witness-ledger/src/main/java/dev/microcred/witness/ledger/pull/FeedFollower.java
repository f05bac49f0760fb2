package dev.microcred.witness.ledger.pull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Follows one feed on its own thread: long-polls for the lines after the stored cursor, hands each answer to the
 * sink as one batch, and repeats. Errors (feed down, wrong token, a delta that breaks the contract) are logged and
 * retried after a back-off from the same cursor: the follower never skips a line, since a witness that silently
 * missed a delta would vouch for an incomplete history. {@link #stop()} interrupts a poll in flight.
 */
public final class FeedFollower {

    private static final System.Logger LOG = System.getLogger(FeedFollower.class.getName());

    private final String name;
    private final FeedSource source;
    private final FeedSink sink;
    private final Backoff backoff;
    private final Duration idle;
    private volatile boolean running;
    private Thread thread;

    /** {@code idle}: the pause after an empty answer, so a feed that ignores {@code wait} is not polled in a loop. */
    public FeedFollower(String name, FeedSource source, FeedSink sink, Backoff backoff, Duration idle) {
        this.name = name;
        this.source = source;
        this.sink = sink;
        this.backoff = backoff;
        this.idle = idle;
    }

    public synchronized void start() {
        running = true;
        thread = new Thread(this::follow, "feed-follower " + name);
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }

    private void follow() {
        Optional<String> cursor = null;
        while (running) {
            try {
                if (cursor == null) {
                    cursor = sink.cursor();
                }
                List<FeedLine> lines = source.after(cursor);
                if (lines.isEmpty()) {
                    Thread.sleep(idle.toMillis());
                } else {
                    sink.accept(lines);
                    cursor = Optional.of(lines.get(lines.size() - 1).cursor());
                }
                backoff.reset();
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                if (!pauseAfter(e, cursor)) {
                    return;
                }
            }
        }
    }

    /** False if stopped while waiting. */
    private boolean pauseAfter(Exception e, Optional<String> cursor) {
        if (!running) {
            return false;
        }
        Duration pause = backoff.next();
        LOG.log(System.Logger.Level.WARNING, "feed " + name + " after cursor "
                + (cursor == null ? "?" : cursor.orElse("(start)")) + " failed, retrying in " + pause + ": " + e);
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException interrupted) {
            return false;
        }
    }
}
