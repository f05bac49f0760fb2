package dev.microcred.bench;

import dev.microcred.schemas.DocumentType;
import dev.microcred.schemas.Topics;
import dev.microcred.schemas.TrainingCompletion;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Plays a training platform: produces TrainingCompletion records to training.completions, as fast
 * as possible or paced at a rate, and remembers when each completion id was handed to the producer.
 */
final class CompletionSender {
    static final String PLATFORM = "bench-platform";

    private final KafkaProducer<String, Object> producer;
    private final String issuerId;
    final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    CompletionSender(KafkaProducer<String, Object> producer, String issuerId) {
        this.producer = producer;
        this.issuerId = issuerId;
    }

    /** Sends {@code count} completions named {@code prefix-i}, {@code perSecond} of them a second (0: unpaced). */
    void send(String prefix, int count, double perSecond) {
        long start = System.nanoTime();
        for (int i = 0; i < count && !stopped; i++) {
            if (perSecond > 0) {
                long due = start + (long) (i * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Quiet.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            String id = prefix + "-" + i;
            TrainingCompletion completion = TrainingCompletion.newBuilder().setPlatformId(PLATFORM).setCompletionId(id)
                    .setIssuerId(issuerId).setOccurredAt(Instant.now()).setDocumentType(DocumentType.SKILL_MODULE)
                    .setRequest(request(id)).build();
            sentAt.put(id, System.currentTimeMillis());
            producer.send(new ProducerRecord<>(Topics.TRAINING_COMPLETIONS.topic(), id, completion), (metadata, e) -> {
                if (e != null) {
                    System.err.println("completion " + id + " not produced: " + e);
                }
            });
        }
        producer.flush();
    }

    /** Ends a paced {@link #send} running on another thread. */
    void stop() {
        stopped = true;
    }

    /** A skill module like the seed's, with its own path segment and holder, so every text (and hash) differs. */
    private static String request(String id) {
        return """
                {"documentType":"SKILL_MODULE","pathSegment":"%s","holder":"learner-%s@example.org",
                 "credential":"Benchmarking Event Pipelines","moduleType":"Specialty Module","level":"Advanced",
                 "completedOn":"2026-01-03","scorePercent":94,"hours":4.2}""".formatted(id, id);
    }
}
