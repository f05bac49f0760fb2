package dev.microcred.issuer.outbox.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Moves outbox rows to Kafka, exactly once. One thread, on the one instance that holds the
 * leadership lock. Each batch is one Kafka transaction, marked in the database after the commit.
 * Whenever anything fails (broker down, database down, process killed) the relay starts over with
 * a new producer, and before sending anything it marks the rows whose event ids it finds at the
 * tail of the topics: a batch that reached Kafka but not the mark is never sent twice.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final RelayConfig config;
    private final KafkaClientConfig kafka;
    private final PendingEvents pending;
    private final DataSource dataSource;
    private final Clock clock;
    private final Counter published;
    private volatile boolean running;
    private Thread worker;

    OutboxRelay(RelayConfig config, KafkaClientConfig kafka, PendingEvents pending, DataSource dataSource,
            Clock clock, MeterRegistry metrics) {
        this.config = config;
        this.kafka = kafka;
        this.pending = pending;
        this.dataSource = dataSource;
        this.clock = clock;
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
            try (RelayLeadership leadership = RelayLeadership.tryAcquire(dataSource)) {
                if (leadership != null) {
                    relayWhileLeader(leadership);
                    backoff = config.interval().toMillis();
                }
            } catch (Exception e) {
                LOG.warnf("outbox relay restarts after %s: %s", e.getClass().getSimpleName(), e.getMessage());
                backoff = Math.min(backoff * 2, 10_000);
            }
            pause(backoff);
        }
    }

    private void relayWhileLeader(RelayLeadership leadership) {
        try (EventPublisher publisher = new EventPublisher(kafka.producer(), kafka.valueSerializer(), kafka.consumer())) {
            markAlreadyPublished(publisher);
            while (running && leadership.held()) {
                List<PendingEvent> batch = pending.next(config.batchSize());
                if (batch.isEmpty()) {
                    pause(config.interval().toMillis());
                    continue;
                }
                publisher.publish(batch);
                pending.markPublished(batch.stream().map(PendingEvent::eventId).toList(), clock.instant());
                published.increment(batch.size());
            }
        }
    }

    private void markAlreadyPublished(EventPublisher publisher) {
        // Rows committed late with lower sequences may sort before the last batch: look further.
        List<PendingEvent> unmarked = pending.next(config.batchSize() * 4);
        if (unmarked.isEmpty()) {
            return;
        }
        Set<String> topics = unmarked.stream().map(PendingEvent::topic).collect(Collectors.toSet());
        Set<UUID> onTopic = publisher.recentlyPublished(topics, config.batchSize() + 2);
        List<UUID> already = unmarked.stream().map(PendingEvent::eventId).filter(onTopic::contains).toList();
        if (!already.isEmpty()) {
            LOG.infof("outbox relay recovered %d events that were published but not marked", already.size());
            pending.markPublished(already, clock.instant());
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
