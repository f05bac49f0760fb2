package dev.microcred.issuer.outbox.relay;

import dev.microcred.schemas.Topics;
import dev.microcred.support.leadership.Leadership;
import dev.microcred.support.loop.BackgroundLoop;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Moves outbox rows to Kafka, exactly once. One thread, on the one instance that holds the
 * leadership lock. Each batch is one Kafka transaction, marked in the database after the commit
 * together with the offsets it ended at. Whenever anything fails (broker down, database down,
 * process killed) the relay starts over with a new producer, and before sending anything it marks
 * the rows whose event ids it finds on the topics after those offsets: a batch that reached Kafka
 * but not the mark is never sent twice.
 * <p>
 * After a batch that empties the outbox, and at least every heartbeat interval while it is idle, the
 * relay also writes a {@link dev.microcred.schemas.RelayHeartbeat} to every partition of
 * credential-events, in the same transaction: status-stream answers only from a view that has
 * folded a recent one, so a relay that stalls for any reason turns verify answers into 503s
 * instead of leaving them to grow stale.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final RelayConfig config;
    private final KafkaClientConfig kafka;
    private final PendingEvents pending;
    private final Leadership.Sessions sessions;
    private final Clock clock;
    private final Counter published;
    private final int eventPartitions;
    private volatile BackgroundLoop loop;

    /**
     * Only one relay publishes per database: the {@link Leadership} holder ("microcre"). If its session dies the
     * lock is released and another instance takes over; the transactional id then fences the old producer.
     */
    private static final long LOCK_KEY = 0x6d6963726f637265L;
    private static final Duration MAX_PAUSE_AFTER_FAILURE = Duration.ofSeconds(10);

    OutboxRelay(RelayConfig config, KafkaClientConfig kafka, PendingEvents pending,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password,
            @ConfigProperty(name = "topics.partitions") int eventPartitions, Clock clock, MeterRegistry metrics) {
        this.config = config;
        this.kafka = kafka;
        this.pending = pending;
        this.sessions = Leadership.Sessions.of(url, user, password, "issuer-outbox-relay-leadership",
                Duration.ofSeconds(10));
        this.clock = clock;
        this.eventPartitions = eventPartitions;
        this.published = metrics.counter("outbox.events.published");
        metrics.gauge("outbox.events.pending", pending, p -> loop != null && loop.running() ? p.backlog() : -1);
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            LOG.warn("outbox relay disabled (outbox.relay.enabled=false): events stay in the outbox");
            return;
        }
        loop = BackgroundLoop.start("outbox-relay", this::relayIfLeader,
                (e, inARow) -> LOG.warnf("outbox relay restarts after %s: %s (cause: %s)", e.getClass().getSimpleName(),
                        e.getMessage(), e.getCause()),
                config.interval(), MAX_PAUSE_AFTER_FAILURE);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (loop != null) {
            loop.stop();
        }
    }

    /** Relays while this instance holds the leadership; a standby tries again after an interval. */
    private void relayIfLeader(BackgroundLoop loop) throws Exception {
        try (Leadership leadership = Leadership.tryAcquire(sessions, LOCK_KEY).orElse(null)) {
            if (leadership != null) {
                relayWhileLeader(loop, leadership);
            }
        }
        loop.pause(config.interval());
    }

    private void relayWhileLeader(BackgroundLoop loop, Leadership leadership) throws InterruptedException {
        try (EventPublisher publisher = new EventPublisher(kafka.producer(), kafka.valueSerializer(), kafka.consumer(),
                eventPartitions)) {
            markAlreadyPublished(publisher);
            Instant lastHeartbeat = Instant.EPOCH;
            while (loop.running() && leadership.held()) {
                // Taken before the query: every event committed before it is among the rows the query sees.
                Instant asOf = clock.instant();
                List<PendingEvent> batch = pending.next(config.batchSize());
                Optional<Instant> heartbeat = heartbeatDue(batch.size(), asOf, lastHeartbeat);
                if (batch.isEmpty() && heartbeat.isEmpty()) {
                    loop.pause(config.interval());
                    continue;
                }
                Map<TopicPartition, Long> ended = publisher.publish(batch, heartbeat);
                pending.markPublished(batch.stream().map(PendingEvent::eventId).toList(), ended, clock.instant());
                published.increment(batch.size());
                lastHeartbeat = heartbeat.orElse(lastHeartbeat);
            }
        }
    }

    /**
     * A heartbeat may say "everything before asOf is out" only when this batch holds every row the
     * query saw (fewer than a full batch); it is sent once per heartbeat interval.
     */
    private Optional<Instant> heartbeatDue(int batchSize, Instant asOf, Instant lastHeartbeat) {
        boolean drained = batchSize < config.batchSize();
        boolean due = !asOf.isBefore(lastHeartbeat.plus(config.heartbeatInterval()));
        return drained && due ? Optional.of(asOf) : Optional.empty();
    }

    private void markAlreadyPublished(EventPublisher publisher) {
        if (pending.backlog() == 0) {
            return;
        }
        Set<String> topics = Set.of(Topics.CREDENTIAL_EVENTS.topic(), Topics.ISSUERS.topic());
        EventPublisher.Published published = publisher.publishedSince(topics, pending.recordedPositions());
        List<UUID> ids = List.copyOf(published.eventIds());
        int recovered = 0;
        for (int from = 0; from < ids.size(); from += config.batchSize()) {
            recovered += pending.markPublished(ids.subList(from, Math.min(ids.size(), from + config.batchSize())),
                    Map.of(), clock.instant());
        }
        pending.markPublished(List.of(), published.ends(), clock.instant());
        if (recovered > 0) {
            LOG.infof("outbox relay recovered %d events that were published but not marked", recovered);
        }
    }
}
