package dev.microcred.issuer.ingress.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.issuer.ingress.service.CompletionIssuer;
import dev.microcred.issuer.issuer.AuthorizedPlatforms;
import dev.microcred.schemas.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;

/**
 * Transport of the ingress: one thread per instance reads training.completions in group
 * {@code ingress.group-id}, lets {@link CompletionHandler} issue or reject every record of a poll,
 * and commits the offsets only then (at-least-once in, exactly one credential per completion
 * thanks to the idempotency keys). Instances share the partitions; the issuer row lock in
 * CredentialService orders concurrent issues of one issuer.
 *
 * <p>On any failure (database, broker or registry away) the consumer is closed and recreated after
 * a pause, so it resumes from the committed offsets: nothing polled but not yet durable is skipped.
 * A failure that is no outage but a bug stays in that loop, visible in the log, rather than being
 * skipped silently.
 */
@ApplicationScoped
public class TrainingCompletionsConsumer {
    private static final Logger LOG = Logger.getLogger(TrainingCompletionsConsumer.class);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(2);

    private final IngressSettings kafka;
    private final CompletionIssuer issuer;
    private final AuthorizedPlatforms platforms;
    private final RejectedCompletions rejected;
    private final ObjectMapper json;
    private volatile boolean running;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    TrainingCompletionsConsumer(IngressSettings kafka, CompletionIssuer issuer, AuthorizedPlatforms platforms,
            RejectedCompletions rejected, ObjectMapper json) {
        this.kafka = kafka;
        this.issuer = issuer;
        this.platforms = platforms;
        this.rejected = rejected;
        this.json = json;
    }

    void start(@Observes StartupEvent startup) {
        if (!kafka.enabled()) {
            LOG.warn("training.completions ingress disabled (ingress.enabled=false)");
            return;
        }
        running = true;
        thread = new Thread(this::run, "training-completions");
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup(); // not interrupt(): the consumer should leave its group cleanly
        }
        if (thread != null) {
            thread.join(10_000);
        }
    }

    private void run() {
        try (CompletionHandler handler = new CompletionHandler(new CompletionDecoder(kafka.registry()), issuer, platforms,
                rejected, json)) {
            while (running) {
                consumeUntilFailure(handler);
            }
        }
    }

    private void consumeUntilFailure(CompletionHandler handler) {
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(kafka.consumer(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer = c;
            c.subscribe(List.of(Topics.TRAINING_COMPLETIONS.topic()));
            while (running) {
                ConsumerRecords<byte[], byte[]> records = c.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    handler.handle(records);
                    c.commitSync();
                }
            }
        } catch (WakeupException e) {
            // Stopping: the loop condition ends the thread.
        } catch (Exception e) {
            if (running) {
                LOG.errorf("training.completions consumer failed, resuming from the committed offsets: %s (cause: %s)",
                        e.toString(), String.valueOf(e.getCause()));
                pause();
            }
        }
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
