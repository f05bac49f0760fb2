package dev.microcred.status.kafka;

import dev.microcred.schemas.Topics;
import dev.microcred.schemas.NewerSchema;
import dev.microcred.schemas.RegistryOutage;
import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.RejectedRecords;
import dev.microcred.schemas.Rejection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.jboss.logging.Logger;

/**
 * What a credential-events (or issuers) record that cannot be read does to the stream. Skipping a
 * record our relay wrote could skip a revocation, while heartbeats behind it keep the view looking
 * fresh, so only a record that is not ours is skipped. A registry that is away is an outage
 * ({@link RegistryOutage}): after a pause the handler throws {@link ReadAgainLater}, the thread
 * fails, and {@link StreamThreadReplacement} starts a new one, which reads the same record again
 * from the committed offset. The same holds for a record of a newer schema than this service reads
 * ({@link NewerSchema}: read again until the service is upgraded) and for a schema id the registry
 * does not know (it lost a schema our relay registered: read again once it is restored). Anything
 * else is bytes no writer of ours produced, not in the registry's framing or not decodable under
 * the schema they name: the record is copied byte for byte to {@link #TOPIC} with the reason and
 * its coordinates ({@link RejectedRecords}) and the stream goes on past it, instead of failing on
 * it for ever on every instance in turn. If the copy cannot be written, the record is read again
 * later the same way: nothing is skipped without its copy.
 * <p>
 * Kafka Streams makes these from the class name in {@code kafka-streams.deserialization.exception.handler}
 * (again for every replaced thread) and configures each with the streams config; they share one
 * producer for the rejections, made on the first one, for the life of the process.
 */
public class PoisonEvents implements DeserializationExceptionHandler {
    public static final String TOPIC = Topics.Rejections.CREDENTIAL_EVENTS_REJECTED.topic();
    public static final String REJECTED_BY = "status-stream";
    private static final Logger LOG = Logger.getLogger(PoisonEvents.class);
    /** Before failing on an outage: the replacement thread would otherwise retry at once, over and over. */
    private static final long OUTAGE_PAUSE_MS = 2_000;

    private static final Map<String, RejectedRecords> REJECTIONS = new ConcurrentHashMap<>();

    private KafkaConnection kafka;

    @Override
    public void configure(Map<String, ?> configs) {
        kafka = KafkaConnection.of(configs);
    }

    @Override
    public DeserializationHandlerResponse handle(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
            Exception exception) {
        String readAgain = readAgainBecause(exception);
        if (readAgain != null) {
            LOG.errorf("cannot read %s-%d@%d: %s; the stream thread stops here and reads it again: %s", record.topic(),
                    record.partition(), record.offset(), readAgain, exception.toString());
            pause();
            throw new ReadAgainLater(readAgain, exception);
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

    /** Why this failure is no bad record but one to read again, or null when the record is not ours. */
    private static String readAgainBecause(Exception exception) {
        if (RegistryOutage.explains(exception)) {
            return "the registry is away";
        }
        if (RegistryOutage.lacksSchema(exception)) {
            return "the registry lacks the schema our relay registered for it (restore the registry)";
        }
        return NewerSchema.explains(exception)
                ? "it has a schema newer than this status-stream reads (schema changes roll out consumers first)" : null;
    }

    private RejectedRecords rejections() {
        return REJECTIONS.computeIfAbsent(kafka.bootstrapServers(), servers -> new RejectedRecords(kafka, TOPIC, REJECTED_BY));
    }

    private static void pause() {
        try {
            Thread.sleep(OUTAGE_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
