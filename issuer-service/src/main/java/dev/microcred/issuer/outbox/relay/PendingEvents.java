package dev.microcred.issuer.outbox.relay;

import dev.microcred.issuer.outbox.OutboxEventEntity;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;

/**
 * The relay's view of the database: what is unpublished, and, in one transaction, marking what
 * went out together with where on the topics the last Kafka transaction ended.
 */
@ApplicationScoped
class PendingEvents {

    @Transactional
    List<PendingEvent> next(int limit) {
        return em().createQuery("from OutboxEventEntity e where e.publishedAt is null order by e.sequence",
                        OutboxEventEntity.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(e -> new PendingEvent(e.sequence(), e.eventId(), e.topic(), e.messageKey(), e.payload()))
                .toList();
    }

    /** Marks the events still unmarked and records, per partition, the offset after the last one written. */
    @Transactional
    int markPublished(Collection<UUID> eventIds, Map<TopicPartition, Long> nextOffsets, Instant now) {
        int marked = eventIds.isEmpty() ? 0 : em()
                .createQuery("update OutboxEventEntity e set e.publishedAt = :now where e.eventId in :ids and e.publishedAt is null")
                .setParameter("now", now).setParameter("ids", eventIds).executeUpdate();
        nextOffsets.forEach((partition, next) -> em().createNativeQuery("""
                insert into outbox_relay_position (topic, partition, next_offset) values (?1, ?2, ?3)
                on conflict (topic, partition) do update set next_offset = greatest(outbox_relay_position.next_offset, excluded.next_offset)
                """).setParameter(1, partition.topic()).setParameter(2, partition.partition()).setParameter(3, next)
                .executeUpdate());
        return marked;
    }

    /** Offsets from which anything on the topics may be unmarked; a partition never recorded starts at 0. */
    @Transactional
    Map<TopicPartition, Long> recordedPositions() {
        Map<TopicPartition, Long> positions = new HashMap<>();
        List<?> rows = em().createNativeQuery("select topic, partition, next_offset from outbox_relay_position").getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            positions.put(new TopicPartition((String) columns[0], ((Number) columns[1]).intValue()),
                    ((Number) columns[2]).longValue());
        }
        return positions;
    }

    @Transactional
    long backlog() {
        return em().createQuery("select count(e) from OutboxEventEntity e where e.publishedAt is null", Long.class)
                .getSingleResult();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
