package dev.microcred.issuer.outbox;

import dev.microcred.schemas.Topics;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.UUID;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Appends events to the outbox table inside the caller's transaction, so a change and its event
 * are stored together or not at all. The relay publishes them later. Payloads are kept as plain
 * Avro binary of the topic's schema; the registry framing is added at publication.
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
                event.getSchema().getFullName(), encode(event), clock.instant()));
        return event;
    }

    static byte[] encode(SpecificRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            new SpecificDatumWriter<SpecificRecord>(record.getSchema()).write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
