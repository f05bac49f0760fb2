package dev.microcred.forwarder.feed;

import dev.microcred.forwarder.kafka.KafkaSettings;
import dev.microcred.forwarder.kafka.SpecificRecords;
import dev.microcred.schemas.StatusDelta;
import dev.microcred.schemas.Topics;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Transport of the feed index: one thread reads status-deltas and appends each poll to
 * {@link FeedIndex} in one transaction, then commits the offsets (at-least-once in, exactly-once
 * rows thanks to the delta_id de-duplication).
 *
 * <p>One thread, inserting in consumption order, is what makes positions safe cursors: per
 * partition (so per hash) the order is kept, and no reader sees position n+1 before n. Run one
 * forwarder instance: two would interleave their inserts. On any failure (broker away, database
 * away) the consumer is closed and recreated after a pause, so it resumes from the committed
 * offsets and nothing polled but not indexed is lost.
 */
@ApplicationScoped
public class FeedConsumer {
    private static final Logger LOG = Logger.getLogger(FeedConsumer.class);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(2);

    private final FeedIndex index;
    private final KafkaSettings kafka;
    private final String groupId;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, GenericRecord> consumer;
    private Thread thread;

    FeedConsumer(FeedIndex index, KafkaSettings kafka, @ConfigProperty(name = "forwarder.feed.group-id") String groupId) {
        this.index = index;
        this.kafka = kafka;
        this.groupId = groupId;
    }

    void start(@Observes StartupEvent startup) {
        thread = new Thread(this::run, "feed-consumer");
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        KafkaConsumer<String, GenericRecord> current = consumer;
        if (current != null) {
            current.wakeup(); // not interrupt(): that would stop the consumer from leaving its group cleanly
        }
        thread.join(10_000);
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, GenericRecord> c = newConsumer()) {
                consumer = c;
                c.subscribe(List.of(Topics.STATUS_DELTAS.topic()));
                while (running) {
                    indexAndCommit(c, c.poll(Duration.ofMillis(500)));
                }
            } catch (WakeupException e) {
                // Shutdown: the loop condition ends the thread.
            } catch (Exception e) {
                if (running) {
                    LOG.errorf("feed consumer failed, resuming from the committed offsets: %s (cause: %s)", e.toString(),
                            String.valueOf(e.getCause()));
                    pause();
                }
            }
        }
    }

    private void indexAndCommit(KafkaConsumer<String, GenericRecord> c, ConsumerRecords<String, GenericRecord> records)
            throws Exception {
        if (records.isEmpty()) {
            return;
        }
        List<IndexedDelta> deltas = new ArrayList<>(records.count());
        for (ConsumerRecord<String, GenericRecord> record : records) {
            if (record.value() != null) { // status-deltas has no tombstones; never trip over one
                deltas.add(IndexedDelta.of(SpecificRecords.convert(record.value(), StatusDelta.class)));
            }
        }
        index.append(deltas);
        c.commitSync();
        LOG.debugf("indexed %d deltas", deltas.size());
    }

    private KafkaConsumer<String, GenericRecord> newConsumer() {
        Map<String, Object> config = new HashMap<>(kafka.registry());
        config.put("bootstrap.servers", kafka.bootstrapServers());
        config.put("group.id", groupId);
        config.put("isolation.level", "read_committed");
        config.put("auto.offset.reset", "earliest");
        config.put("enable.auto.commit", false);
        config.put("max.poll.records", 500);
        // Read generically, then resolve to StatusDelta (see SpecificRecords for why).
        config.put("apicurio.registry.use-specific-avro-reader", "false");
        AvroKafkaDeserializer<GenericRecord> values = new AvroKafkaDeserializer<>();
        values.configure(config, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), values);
    }

    private void pause() {
        try {
            Thread.sleep(PAUSE_AFTER_FAILURE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
