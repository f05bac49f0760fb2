package dev.microcred.issuer.outbox.relay;

import dev.microcred.issuer.outbox.OutboxEventEntity;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The relay's view of the outbox table: what is unpublished, and marking what went out. */
@ApplicationScoped
class PendingEvents {

    @Transactional
    List<PendingEvent> next(int limit) {
        return Panache.getEntityManager()
                .createQuery("from OutboxEventEntity e where e.publishedAt is null order by e.sequence",
                        OutboxEventEntity.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(e -> new PendingEvent(e.sequence(), e.eventId(), e.topic(), e.messageKey(), e.payload()))
                .toList();
    }

    @Transactional
    void markPublished(Collection<UUID> eventIds, Instant now) {
        if (eventIds.isEmpty()) {
            return;
        }
        Panache.getEntityManager()
                .createQuery("update OutboxEventEntity e set e.publishedAt = :now where e.eventId in :ids and e.publishedAt is null")
                .setParameter("now", now)
                .setParameter("ids", eventIds)
                .executeUpdate();
    }

    @Transactional
    long backlog() {
        return Panache.getEntityManager()
                .createQuery("select count(e) from OutboxEventEntity e where e.publishedAt is null", Long.class)
                .getSingleResult();
    }
}
