package dev.microcred.forwarder.feed;

import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.Topics;
import dev.microcred.support.loop.BackgroundLoop;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

/**
 * One leadership term of the feed consumer, on its own thread: poll, handle, commit, until
 * stopped. On any failure (broker, registry or database away) the consumer is closed and
 * recreated after a pause, so it resumes from the committed offsets and nothing polled but not
 * yet durable is lost. It asks to resign the lead after {@link #RESIGN_AFTER} failures in a row,
 * or when its consumer has held no partition for {@code maxUnassigned} (a consumer that cannot
 * reach the brokers does not fail: its polls just come back empty), since another instance may
 * reach what this one cannot; if every instance fails alike, the lead just moves on, harmlessly.
 */
final class FeedLoop {
    private static final Logger LOG = Logger.getLogger(FeedLoop.class);
    static final int RESIGN_AFTER = 5;

    private final Supplier<? extends Consumer<byte[], byte[]>> consumers;
    private final Supplier<FeedHandler> handlers;
    private final Runnable resign;
    private final Duration pauseAfterFailure;
    private final Duration maxUnassigned;
    private int failuresInARow;
    private long assignedAt = System.nanoTime();
    private BackgroundLoop loop;

    /**
     * @param handlers a handler per consumer, closed with it
     * @param resign asks the election to give the lead up (it stops this loop when it does)
     * @param pauseAfterFailure before the consumer is made again
     * @param maxUnassigned how long the consumer may hold no partition before the loop asks to resign
     */
    FeedLoop(Supplier<? extends Consumer<byte[], byte[]>> consumers, Supplier<FeedHandler> handlers,
            Runnable resign, Duration pauseAfterFailure, Duration maxUnassigned) {
        this.consumers = consumers;
        this.handlers = handlers;
        this.resign = resign;
        this.pauseAfterFailure = pauseAfterFailure;
        this.maxUnassigned = maxUnassigned;
    }

    void start() {
        loop = BackgroundLoop.start("feed-consumer", this::consumeUntilFailure, this::failed, pauseAfterFailure);
    }

    /** Returns once the thread has left, so a next term never overlaps this one. */
    void stop() throws InterruptedException {
        loop.stop();
    }

    /** One consumer, from the committed offsets, until it fails or the loop stops. */
    private void consumeUntilFailure(BackgroundLoop loop) throws Exception {
        try (Consumer<byte[], byte[]> c = consumers.get(); FeedHandler handler = handlers.get()) {
            loop.wakeWith(c::wakeup); // not an interrupt: the consumer should leave its group cleanly
            c.subscribe(List.of(Topics.STATUS_DELTAS.topic()));
            while (loop.running()) {
                handleAndCommit(handler, c, c.poll(Duration.ofMillis(500)));
                watchAssignment(c);
            }
        } finally {
            loop.wakeWith(null);
        }
    }

    private void failed(Exception e, int inARow) {
        LOG.errorf("feed consumer failed, resuming from the committed offsets: %s (cause: %s)", e.toString(),
                String.valueOf(e.getCause()));
        if (++failuresInARow >= RESIGN_AFTER) {
            failuresInARow = 0;
            resign.run();
        }
    }

    /** Healthy while the consumer holds its partitions; holding none for too long counts as out of reach. */
    private void watchAssignment(Consumer<byte[], byte[]> c) {
        long now = System.nanoTime();
        if (!c.assignment().isEmpty()) {
            assignedAt = now;
            failuresInARow = 0;
        } else if (now - assignedAt > maxUnassigned.toNanos()) {
            assignedAt = now;
            resign.run();
        }
    }

    private void handleAndCommit(FeedHandler handler, Consumer<byte[], byte[]> c,
            ConsumerRecords<byte[], byte[]> records) throws Exception {
        if (records.isEmpty()) {
            return;
        }
        int indexed = handler.handle(records);
        c.commitSync();
        LOG.debugf("indexed %d deltas", indexed);
    }


    /**
     * A 10 s session instead of the default 45 s: a leader that dies without leaving keeps the
     * partitions, and so every witness's feed, until its session ends, however soon the next leader starts.
     */
    static Map<String, Object> consumerConfig(KafkaConnection kafka, String groupId) {
        return kafka.clientConfig(Map.of("group.id", groupId, "isolation.level", "read_committed",
                "auto.offset.reset", "earliest", "enable.auto.commit", false, "max.poll.records", 500,
                "session.timeout.ms", 10_000));
    }
}
