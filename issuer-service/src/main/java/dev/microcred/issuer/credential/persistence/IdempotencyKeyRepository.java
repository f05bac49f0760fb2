package dev.microcred.issuer.credential.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class IdempotencyKeyRepository implements PanacheRepositoryBase<IdempotencyKeyEntity, IdempotencyKeyEntity.Key> {

    /** Erasure: the stored request fingerprint is a hash of personal data, so it goes too. */
    public void forgetCredential(UUID credentialId) {
        delete("credentialId", credentialId);
    }
}
