package dev.microcred.forwarder.feed;

import dev.microcred.schemas.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * One leadership term of the feed consumer, on its own thread: poll, handle, commit, until
 * stopped. On any failure (broker, registry or database away) the consumer is closed and
 * recreated after a pause, so it resumes from the committed offsets and nothing polled but not
 * yet durable is lost. After {@link #RESIGN_AFTER} failures in a row it asks to resign the lead,
 * since another instance may reach what this one cannot; if every instance fails alike, the
 * lead just moves on, harmlessly.
 */
final class FeedLoop implements Runnable {
    private static final Logger LOG = Logger.getLogger(FeedLoop.class);
    static final int RESIGN_AFTER = 5;

    private final Supplier<KafkaConsumer<byte[], byte[]>> consumers;
    private final FeedHandler handler;
    private final Runnable resign;
    private final Duration pauseAfterFailure;
    private int failuresInARow;
    private final Thread thread = new Thread(this, "feed-consumer");
    private volatile boolean running = true;
    private volatile KafkaConsumer<byte[], byte[]> consumer;

    /**
     * @param resign asks the election to give the lead up (it stops this loop when it does)
     * @param pauseAfterFailure before the consumer is made again
     */
    FeedLoop(Supplier<KafkaConsumer<byte[], byte[]>> consumers, FeedHandler handler, Runnable resign,
            Duration pauseAfterFailure) {
        this.consumers = consumers;
        this.handler = handler;
        this.resign = resign;
        this.pauseAfterFailure = pauseAfterFailure;
    }

    void start() {
        thread.start();
    }

    /** Returns once the thread has left, so a next term never overlaps this one. */
    void stop() throws InterruptedException {
        running = false;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup(); // not interrupt(): that would stop the consumer from leaving its group cleanly
        }
        thread.join(10_000);
    }

    @Override
    public void run() {
        try {
            consumeUntilStopped();
        } finally {
            handler.close();
        }
    }

    private void consumeUntilStopped() {
        while (running) {
            try (KafkaConsumer<byte[], byte[]> c = consumers.get()) {
                consumer = c;
                c.subscribe(List.of(Topics.STATUS_DELTAS.topic()));
                while (running) {
                    handleAndCommit(c, c.poll(Duration.ofMillis(500)));
                    failuresInARow = 0;
                }
            } catch (WakeupException e) {
                // Stopping: the loop condition ends the thread.
            } catch (Exception e) {
                if (running) {
                    LOG.errorf("feed consumer failed, resuming from the committed offsets: %s (cause: %s)", e.toString(),
                            String.valueOf(e.getCause()));
                    if (++failuresInARow == RESIGN_AFTER) {
                        resign.run();
                    }
                    pause();
                }
            }
        }
    }

    private void handleAndCommit(KafkaConsumer<byte[], byte[]> c, ConsumerRecords<byte[], byte[]> records)
            throws Exception {
        if (records.isEmpty()) {
            return;
        }
        int indexed = handler.handle(records);
        c.commitSync();
        LOG.debugf("indexed %d deltas", indexed);
    }

    private void pause() {
        try {
            Thread.sleep(pauseAfterFailure.toMillis());
        } catch (InterruptedException e) {
            running = false;
        }
    }

    /**
     * A 10 s session instead of the default 45 s: a leader that dies without leaving keeps the
     * partitions, and so every witness's feed, until its session ends, however soon the next leader starts.
     */
    static Map<String, Object> consumerConfig(String bootstrapServers, String groupId) {
        return Map.of("bootstrap.servers", bootstrapServers, "group.id", groupId, "isolation.level", "read_committed",
                "auto.offset.reset", "earliest", "enable.auto.commit", false, "max.poll.records", 500,
                "session.timeout.ms", 10_000);
    }
}
