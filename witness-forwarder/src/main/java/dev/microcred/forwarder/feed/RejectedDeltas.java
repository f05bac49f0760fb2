package dev.microcred.forwarder.feed;

import dev.microcred.schemas.Topics;
import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.RejectedRecords;
import dev.microcred.schemas.Rejection;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Topic status-deltas-rejected: every status-deltas record the forwarder could not read, copied
 * with the reason (see {@link RejectedRecords}), so it can be inspected and replayed once fixed.
 * The values are not Avro, so the topic is not in the schemas catalogue: its name is defined here
 * and {@link RejectionTopic} creates it.
 */
@ApplicationScoped
public class RejectedDeltas {
    public static final String TOPIC = Topics.Rejections.STATUS_DELTAS_REJECTED.topic();
    public static final String REJECTED_BY = "witness-forwarder";

    private final RejectedRecords records;

    RejectedDeltas(KafkaConnection kafka) {
        records = new RejectedRecords(kafka, TOPIC, REJECTED_BY);
    }

    /** Returns once the broker acknowledged every copy; throws (transient) otherwise. */
    void publish(List<Rejection> rejections) throws ExecutionException, InterruptedException, TimeoutException {
        records.publish(rejections);
    }

    @PreDestroy
    void close() {
        records.close();
    }
}
