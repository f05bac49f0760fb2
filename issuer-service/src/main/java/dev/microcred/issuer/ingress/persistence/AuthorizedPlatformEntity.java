package dev.microcred.issuer.ingress.persistence;

import dev.microcred.issuer.ingress.AuthorizedPlatform;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A training platform the issuer lets issue in its name through training.completions. */
@Entity
@Table(name = "authorized_platform")
public class AuthorizedPlatformEntity {

    @Embeddable
    public record Key(@Column(name = "issuer_id") String issuerId, @Column(name = "platform_id") String platformId)
            implements Serializable {
    }

    @EmbeddedId
    private Key id;
    @Column(name = "authorized_at")
    private Instant authorizedAt;

    protected AuthorizedPlatformEntity() {
    }

    public AuthorizedPlatformEntity(Key id, Instant authorizedAt) {
        this.id = id;
        this.authorizedAt = authorizedAt;
    }

    public AuthorizedPlatform toPlatform() {
        return new AuthorizedPlatform(id.platformId(), authorizedAt);
    }

    public String issuerId() {
        return id.issuerId();
    }

    public String platformId() {
        return id.platformId();
    }

    public Instant authorizedAt() {
        return authorizedAt;
    }
}
