package dev.microcred.issuer.outbox;

import dev.microcred.schemas.AvroCodec;
import dev.microcred.schemas.Topics;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
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

    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends SpecificRecord> T append(Topics topic, String key, EventFactory<T> factory) {
        long sequence = ((Number) Panache.getEntityManager()
                .createNativeQuery("select nextval('outbox_event_sequence')").getSingleResult()).longValue();
        UUID eventId = UUID.randomUUID();
        T event = factory.build(sequence, eventId);
        Panache.getEntityManager().persist(new OutboxEventEntity(sequence, eventId, topic.topic(), key,
                event.getSchema().getFullName(), AvroCodec.<T>of(topic).encode(event), clock.instant()));
        return event;
    }
}
