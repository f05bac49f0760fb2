package dev.microcred.issuer.outbox.relay;

import dev.microcred.schemas.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
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
    private final DataSourceConfig database;
    private final Clock clock;
    private final Counter published;
    private final int eventPartitions;
    private volatile boolean running;
    private Thread worker;

    /** The relay's own connection settings: the same database as the pool. */
    record DataSourceConfig(String url, String user, String password) {
    }

    OutboxRelay(RelayConfig config, KafkaClientConfig kafka, PendingEvents pending,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password,
            @ConfigProperty(name = "topics.partitions") int eventPartitions, Clock clock, MeterRegistry metrics) {
        this.config = config;
        this.kafka = kafka;
        this.pending = pending;
        this.database = new DataSourceConfig(url, user, password);
        this.clock = clock;
        this.eventPartitions = eventPartitions;
        this.published = metrics.counter("outbox.events.published");
        metrics.gauge("outbox.events.pending", pending, p -> running ? p.backlog() : -1);
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            LOG.warn("outbox relay disabled (outbox.relay.enabled=false): events stay in the outbox");
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(10_000);
        }
    }

    private void run() {
        long backoff = config.interval().toMillis();
        while (running) {
            try (RelayLeadership leadership = RelayLeadership.tryAcquire(database.url(), database.user(), database.password())) {
                if (leadership != null) {
                    relayWhileLeader(leadership);
                    backoff = config.interval().toMillis();
                }
            } catch (Exception e) {
                LOG.warnf("outbox relay restarts after %s: %s (cause: %s)", e.getClass().getSimpleName(), e.getMessage(),
                        e.getCause());
                backoff = Math.min(backoff * 2, 10_000);
            }
            pause(backoff);
        }
    }

    private void relayWhileLeader(RelayLeadership leadership) {
        try (EventPublisher publisher = new EventPublisher(kafka.producer(), kafka.valueSerializer(), kafka.consumer(),
                eventPartitions)) {
            markAlreadyPublished(publisher);
            Instant lastHeartbeat = Instant.EPOCH;
            while (running && leadership.held()) {
                // Taken before the query: every event committed before it is among the rows the query sees.
                Instant asOf = clock.instant();
                List<PendingEvent> batch = pending.next(config.batchSize());
                Optional<Instant> heartbeat = heartbeatDue(batch.size(), asOf, lastHeartbeat);
                if (batch.isEmpty() && heartbeat.isEmpty()) {
                    pause(config.interval().toMillis());
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

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
