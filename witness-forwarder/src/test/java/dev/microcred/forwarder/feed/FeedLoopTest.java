package dev.microcred.forwarder.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.RegistryValues;
import dev.microcred.schemas.RejectedRecords;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;

/**
 * A leader whose feed consumer cannot do its work asks to give the lead up, so an instance that can
 * reach Kafka takes over: after failures in a row, and when its consumer holds no partition, which
 * is how unreachable brokers look (polls come back empty, nothing throws).
 */
class FeedLoopTest {
    private final AtomicInteger resignations = new AtomicInteger();

    @Test
    void afterFiveFailuresInARowTheLoopAsksToResign() throws Exception {
        //Given a leader whose consumer fails every time it is made
        AtomicInteger attempts = new AtomicInteger();
        FeedLoop loop = loop(() -> {
            attempts.incrementAndGet();
            throw new KafkaException("no broker reachable");
        }, Duration.ofMinutes(1));

        //When it has failed more than five times
        runUntil(loop, () -> attempts.get() >= 8);

        //Then it asked to resign once for its first five failures, and kept retrying until stopped
        assertEquals(1, resignations.get());
    }

    @Test
    void aConsumerThatHoldsNoPartitionAsksToResign() throws Exception {
        //Given a leader whose consumer polls without error but never gets its partitions (brokers out of reach)
        FeedLoop loop = loop(() -> new MockConsumer<byte[], byte[]>("earliest"), Duration.ofMillis(300));

        //When that lasts longer than allowed
        runUntil(loop, () -> resignations.get() > 0);

        //Then it asked to resign
        assertTrue(resignations.get() >= 1);
    }

    private FeedLoop loop(java.util.function.Supplier<MockConsumer<byte[], byte[]>> consumers, Duration maxUnassigned) {
        return new FeedLoop(consumers, () -> new FeedHandler(new RegistryValues(Map.of("apicurio.registry.url",
                "http://127.0.0.1:1/apis/registry/v3")), null, new RejectedRecords(KafkaConnection.of(
                        Map.of("bootstrap.servers", "127.0.0.1:1")), "unused", "test")),
                resignations::incrementAndGet, Duration.ofMillis(10), maxUnassigned);
    }

    private static void runUntil(FeedLoop loop, BooleanSupplier done) throws Exception {
        loop.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        loop.stop();
        assertTrue(done.getAsBoolean(), "not within 10 s");
    }
}
