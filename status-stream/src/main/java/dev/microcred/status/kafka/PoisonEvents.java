package dev.microcred.status.kafka;

import dev.microcred.schemas.NewerSchema;
import dev.microcred.schemas.RegistryOutage;
import dev.microcred.schemas.RejectedRecords;
import dev.microcred.schemas.Rejection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.jboss.logging.Logger;

/**
 * What a credential-events (or issuers) record that cannot be read does to the stream. A registry
 * that is away is an outage, not a bad record ({@link RegistryOutage}): after a pause the handler
 * throws {@link ReadAgainLater}, the thread fails, and {@link StreamThreadReplacement} starts a new
 * one, which reads the same record again from the committed offset, so nothing is skipped. A record
 * of a newer schema than this service reads ({@link NewerSchema}) is valid, and skipping it could
 * skip a revocation: it is read again the same way until the service is upgraded. Any
 * other failure means the record can never be read: it is copied byte for byte to {@link #TOPIC}
 * with the reason and its coordinates ({@link RejectedRecords}) and the stream goes on past it,
 * instead of failing on it for ever on every instance in turn. If the copy cannot be written, the
 * record is read again later the same way: nothing is skipped without its copy.
 * <p>
 * Kafka Streams makes one per stream thread, from the class name in
 * {@code kafka-streams.deserialization.exception.handler}, and configures it with the streams config.
 */
public class PoisonEvents implements DeserializationExceptionHandler {
    public static final String TOPIC = "credential-events-rejected";
    public static final String REJECTED_BY = "status-stream";
    private static final Logger LOG = Logger.getLogger(PoisonEvents.class);
    /** Before failing on an outage: the replacement thread would otherwise retry at once, over and over. */
    private static final long OUTAGE_PAUSE_MS = 2_000;

    private String bootstrapServers;
    private RejectedRecords rejected;

    @Override
    public void configure(Map<String, ?> configs) {
        bootstrapServers = String.valueOf(configs.get("bootstrap.servers"));
    }

    @Override
    public DeserializationHandlerResponse handle(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
            Exception exception) {
        if (RegistryOutage.explains(exception)) {
            LOG.warnf("cannot read %s-%d@%d while the registry is away; the stream thread restarts and reads it again: %s",
                    record.topic(), record.partition(), record.offset(), exception.toString());
            pause();
            throw new ReadAgainLater("the registry is away", exception);
        }
        if (NewerSchema.explains(exception)) {
            LOG.errorf("%s-%d@%d was written with a schema newer than this status-stream can read; it stops here until"
                    + " it is upgraded (schema changes roll out consumers first): %s", record.topic(), record.partition(),
                    record.offset(), exception.toString());
            pause();
            throw new ReadAgainLater("written with a newer schema", exception);
        }
        try {
            rejections().publish(List.of(new Rejection(record.topic(), record.partition(), record.offset(), record.key(),
                    record.value(), Rejection.reasonFor(exception))));
        } catch (Exception publishFailure) {
            pause();
            throw new ReadAgainLater("could not copy unreadable record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " to " + TOPIC, publishFailure);
        }
        LOG.errorf("rejected unreadable record %s-%d@%d to %s (see its reason header)", record.topic(), record.partition(),
                record.offset(), TOPIC);
        return DeserializationHandlerResponse.CONTINUE;
    }

    private synchronized RejectedRecords rejections() {
        if (rejected == null) {
            rejected = new RejectedRecords(bootstrapServers, TOPIC, REJECTED_BY);
        }
        return rejected;
    }

    private static void pause() {
        try {
            Thread.sleep(OUTAGE_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
