package dev.microcred.issuer.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event waiting for (or done with) publication; written in the transaction of its change. */
@Entity
@Table(name = "outbox_event")
public class OutboxEventEntity {
    @Id
    private long sequence;
    @Column(name = "event_id")
    private UUID eventId;
    private String topic;
    @Column(name = "message_key")
    private String messageKey;
    @Column(name = "event_type")
    private String eventType;
    private byte[] payload;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected OutboxEventEntity() {
    }

    OutboxEventEntity(long sequence, UUID eventId, String topic, String messageKey, String eventType,
            byte[] payload, Instant createdAt) {
        this.sequence = sequence;
        this.eventId = eventId;
        this.topic = topic;
        this.messageKey = messageKey;
        this.eventType = eventType;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    public long sequence() {
        return sequence;
    }

    public UUID eventId() {
        return eventId;
    }

    public String topic() {
        return topic;
    }

    public String messageKey() {
        return messageKey;
    }

    public String eventType() {
        return eventType;
    }

    public byte[] payload() {
        return payload;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
