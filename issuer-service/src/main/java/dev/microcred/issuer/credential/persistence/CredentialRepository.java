package dev.microcred.issuer.credential.persistence;

import dev.microcred.issuer.problem.UnknownCredentialException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CredentialRepository implements PanacheRepositoryBase<CredentialEntity, UUID> {

    /** The issuer's credential, locked for a state change; 404 when it belongs to someone else. */
    public CredentialEntity requireForUpdate(String issuerId, UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(c -> c.issuerId().equals(issuerId))
                .orElseThrow(() -> new UnknownCredentialException(id.toString()));
    }

    public CredentialEntity require(String issuerId, UUID id) {
        return findByIdOptional(id).filter(c -> c.issuerId().equals(issuerId))
                .orElseThrow(() -> new UnknownCredentialException(id.toString()));
    }

    public Optional<CredentialEntity> byHash(String hash) {
        return find("hash", hash).firstResultOptional();
    }
}
