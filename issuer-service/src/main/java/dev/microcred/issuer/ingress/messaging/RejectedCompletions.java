package dev.microcred.issuer.ingress.messaging;

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
 * Topic training.completions.rejected: every completion the issuer refused (unreadable bytes,
 * unknown issuer, invalid request), copied with the reason (see {@link RejectedRecords}), so the
 * platform can fix and re-send it. The catalogue defines it ({@link Topics.Rejections}); {@link
 * IngressTopics} creates it.
 */
@ApplicationScoped
public class RejectedCompletions {
    public static final String TOPIC = Topics.Rejections.TRAINING_COMPLETIONS_REJECTED.topic();
    public static final String REJECTED_BY = "issuer-service";

    private final RejectedRecords records;

    RejectedCompletions(KafkaConnection kafka) {
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
