package dev.microcred.issuer.credential.persistence;

import dev.microcred.issuer.problem.UnknownCredentialException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
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

    /** Issuers with VALID credentials whose last valid day is before {@code today} and not yet recorded as expired. */
    public List<String> issuersWithLapsedCredentials(LocalDate today) {
        return getEntityManager().createQuery("select distinct c.issuerId from CredentialEntity c where c.state = 'VALID'"
                + " and c.validUntil < :today and c.expiryRecordedAt is null", String.class)
                .setParameter("today", today).getResultList();
    }

    /** The issuer's lapsed credentials, locked; the caller holds the issuer's row lock, as every change does. */
    public List<CredentialEntity> lapsedForUpdate(String issuerId, LocalDate today, int limit) {
        return find("issuerId = ?1 and state = 'VALID' and validUntil < ?2 and expiryRecordedAt is null order by validUntil",
                issuerId, today).withLock(LockModeType.PESSIMISTIC_WRITE).page(0, limit).list();
    }

    public Optional<CredentialEntity> byHash(String hash) {
        return find("hash", hash).firstResultOptional();
    }
}
