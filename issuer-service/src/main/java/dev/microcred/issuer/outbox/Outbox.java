package dev.microcred.issuer.outbox;

import dev.microcred.schemas.AvroCodec;
import dev.microcred.schemas.Topics;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;

/**
 * Appends events to the outbox table inside the caller's transaction, so a change and its event
 * are stored together or not at all. The relay publishes them later. Payloads are kept in Avro's
 * single-object encoding, which names the schema version that wrote them, so rows written before
 * an upgrade still decode after it; the registry framing is added at publication.
 */
@ApplicationScoped
public class Outbox {

    /** Builds the event once its outbox position is known (the event carries its own sequence). */
    @FunctionalInterface
    public interface EventFactory<T extends SpecificRecord> {
        T build(long sequence, UUID eventId);
    }

    private final Clock clock;

    Outbox(Clock clock) {
        this.clock = clock;
    }

    /** One event to append: the message key and how to build the event once its position is known. */
    public record Pending<T extends SpecificRecord>(String key, EventFactory<T> factory) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends SpecificRecord> T append(Topics topic, String key, EventFactory<T> factory) {
        return appendAll(topic, List.of(new Pending<>(key, factory))).get(0);
    }

    /**
     * Appends events in the order given. Their sequence numbers come in one round trip and the
     * rows go to the caller's flush together, so a batch of changes costs the database a few
     * statements instead of two per event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends SpecificRecord> List<T> appendAll(Topics topic, List<Pending<T>> events) {
        List<T> appended = new ArrayList<>(events.size());
        if (events.isEmpty()) {
            return appended;
        }
        AvroCodec<T> codec = AvroCodec.of(topic);
        List<Long> sequences = nextSequences(events.size());
        for (int i = 0; i < events.size(); i++) {
            long sequence = sequences.get(i);
            UUID eventId = UUID.randomUUID();
            T event = events.get(i).factory().build(sequence, eventId);
            Panache.getEntityManager().persist(new OutboxEventEntity(sequence, eventId, topic.topic(), events.get(i).key(),
                    event.getSchema().getFullName(), codec.encode(event), clock.instant()));
            appended.add(event);
        }
        return appended;
    }

    /** Ascending, so the relay publishes the events in the order they were appended. */
    private static List<Long> nextSequences(int count) {
        List<?> values = Panache.getEntityManager()
                .createNativeQuery("select nextval('outbox_event_sequence') from generate_series(1, ?1)")
                .setParameter(1, count).getResultList();
        return values.stream().map(v -> ((Number) v).longValue()).sorted().toList();
    }
}
