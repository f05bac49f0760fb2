package dev.microcred.issuer.credential.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** Remembers which credential a POST with a given Idempotency-Key created, and a hash of its body. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKeyEntity {

    @Embeddable
    public record Key(@Column(name = "issuer_id") String issuerId, @Column(name = "key") String key) implements Serializable {
    }

    @EmbeddedId
    private Key id;
    @Column(name = "request_hash")
    private String requestHash;
    @Column(name = "credential_id")
    private UUID credentialId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected IdempotencyKeyEntity() {
    }

    public IdempotencyKeyEntity(Key id, String requestHash, UUID credentialId, Instant createdAt) {
        this.id = id;
        this.requestHash = requestHash;
        this.credentialId = credentialId;
        this.createdAt = createdAt;
    }

    public Key id() {
        return id;
    }

    public String requestHash() {
        return requestHash;
    }

    public UUID credentialId() {
        return credentialId;
    }
}
