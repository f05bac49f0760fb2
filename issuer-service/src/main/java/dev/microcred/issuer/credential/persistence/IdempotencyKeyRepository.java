package dev.microcred.issuer.credential.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class IdempotencyKeyRepository implements PanacheRepositoryBase<IdempotencyKeyEntity, IdempotencyKeyEntity.Key> {

    /** The issuer's stored keys among these, by key. */
    public Map<String, IdempotencyKeyEntity> byKeys(String issuerId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return list("id.issuerId = ?1 and id.key in ?2", issuerId, keys).stream()
                .collect(Collectors.toMap(k -> k.id().key(), k -> k));
    }

    /**
     * Erasure: the fingerprint is a hash of personal data, so it goes; the key stays, so a late
     * retry of the original request finds the deleted credential instead of issuing it again.
     */
    public void forgetFingerprints(UUID credentialId) {
        update("requestHash = null where credentialId = ?1", credentialId);
    }
}
