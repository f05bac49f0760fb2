package dev.microcred.forwarder.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;

/** A feed consumer that keeps failing asks to give the lead up, once, so an instance that can reach Kafka takes over. */
class FeedLoopTest {

    @Test
    void afterFiveFailuresInARowTheLoopAsksToResignOnce() throws Exception {
        //Given a leader whose consumer cannot be made (the brokers are out of its reach)
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger resignations = new AtomicInteger();
        FeedLoop loop = new FeedLoop(() -> {
            attempts.incrementAndGet();
            throw new KafkaException("no broker reachable");
        }, new FeedHandler(new DeltaDecoder(Map.of("apicurio.registry.url", "http://127.0.0.1:1/apis/registry/v3")), null, null),
                resignations::incrementAndGet, Duration.ofMillis(10));

        //When it has failed more than five times
        loop.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (attempts.get() < 8 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        loop.stop();

        //Then it asked to resign exactly once, at the fifth failure, and kept retrying until stopped
        assertEquals(1, resignations.get());
        assertEquals(true, attempts.get() >= 8, "attempts: " + attempts.get());
    }
}
