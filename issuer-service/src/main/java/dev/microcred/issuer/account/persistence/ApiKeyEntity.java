package dev.microcred.issuer.account.persistence;

import dev.microcred.issuer.account.ApiKeyMetadata;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "api_key")
public class ApiKeyEntity {
    @Id
    private String id;
    @Column(name = "issuer_id")
    private String issuerId;
    @Column(name = "secret_hash")
    private String secretHash;
    private String label;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKeyEntity() {
    }

    public ApiKeyEntity(String id, String issuerId, String secretHash, String label, Instant createdAt) {
        this.id = id;
        this.issuerId = issuerId;
        this.secretHash = secretHash;
        this.label = label;
        this.createdAt = createdAt;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean active() {
        return revokedAt == null;
    }

    public ApiKeyMetadata metadata() {
        return new ApiKeyMetadata(id, label, createdAt, revokedAt);
    }

    public String id() {
        return id;
    }

    public String issuerId() {
        return issuerId;
    }

    public String label() {
        return label;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
