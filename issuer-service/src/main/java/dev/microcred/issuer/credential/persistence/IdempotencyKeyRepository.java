package dev.microcred.issuer.credential.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class IdempotencyKeyRepository implements PanacheRepositoryBase<IdempotencyKeyEntity, IdempotencyKeyEntity.Key> {

    /**
     * Erasure: the fingerprint is a hash of personal data, so it goes; the key stays, so a late
     * retry of the original request finds the deleted credential instead of issuing it again.
     */
    public void forgetFingerprints(UUID credentialId) {
        update("requestHash = null where credentialId = ?1", credentialId);
    }
}
