package dev.microcred.issuer.ingress.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.issuer.ingress.service.AuthorizedPlatforms;
import dev.microcred.issuer.ingress.service.CompletionIssuer;
import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.RegistryValues;
import dev.microcred.schemas.RejectedRecords;
import dev.microcred.schemas.Topics;
import dev.microcred.support.loop.BackgroundLoop;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
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
 * a pause ({@link BackgroundLoop}), so it resumes from the committed offsets: nothing polled but not
 * yet durable is skipped. A failure that is no outage but a bug stays in that loop, visible in the
 * log, rather than being skipped silently.
 */
@ApplicationScoped
public class TrainingCompletionsConsumer {
    private static final Logger LOG = Logger.getLogger(TrainingCompletionsConsumer.class);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(2);

    private final IngressSettings kafka;
    private final CompletionIssuer issuer;
    private final AuthorizedPlatforms platforms;
    private final KafkaConnection connection;
    private final ObjectMapper json;
    private BackgroundLoop loop;

    TrainingCompletionsConsumer(IngressSettings kafka, CompletionIssuer issuer, AuthorizedPlatforms platforms,
            KafkaConnection connection, ObjectMapper json) {
        this.kafka = kafka;
        this.issuer = issuer;
        this.platforms = platforms;
        this.connection = connection;
        this.json = json;
    }

    void start(@Observes StartupEvent startup) {
        if (!kafka.enabled()) {
            LOG.warn("training.completions ingress disabled (ingress.enabled=false)");
            return;
        }
        loop = BackgroundLoop.start("training-completions", this::consumeUntilFailure,
                (e, inARow) -> LOG.errorf("training.completions consumer failed, resuming from the committed offsets:"
                        + " %s (cause: %s)", e.toString(), String.valueOf(e.getCause())),
                PAUSE_AFTER_FAILURE);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (loop != null) {
            loop.stop();
        }
    }

    /** One consumer, from the committed offsets, until it fails or the loop stops. */
    private void consumeUntilFailure(BackgroundLoop loop) throws Exception {
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(kafka.consumer(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
                CompletionHandler handler = new CompletionHandler(new RegistryValues(kafka.registry()), issuer,
                        platforms, new RejectedRecords(connection, IngressTopics.REJECTED, IngressTopics.REJECTED_BY),
                        json)) {
            loop.wakeWith(c::wakeup); // not an interrupt: the consumer should leave its group cleanly
            c.subscribe(List.of(Topics.TRAINING_COMPLETIONS.topic()));
            while (loop.running()) {
                ConsumerRecords<byte[], byte[]> records = c.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    handler.handle(records);
                    c.commitSync();
                }
            }
        } finally {
            loop.wakeWith(null);
        }
    }
}
