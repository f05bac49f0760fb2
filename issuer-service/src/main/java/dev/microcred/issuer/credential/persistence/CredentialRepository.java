package dev.microcred.issuer.credential.persistence;

import dev.microcred.issuer.credential.Credential;
import dev.microcred.issuer.credential.UnknownCredentialException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stored credentials, read and written as {@link Credential}s; the entity stays in this package. */
@ApplicationScoped
public class CredentialRepository implements PanacheRepositoryBase<CredentialEntity, UUID> {

    /** The issuer's credential, locked for a state change; 404 when it belongs to someone else. */
    public Credential requireForUpdate(String issuerId, UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(c -> c.issuerId().equals(issuerId))
                .orElseThrow(() -> new UnknownCredentialException(id.toString())).toCredential();
    }

    public Credential require(String issuerId, UUID id) {
        return findByIdOptional(id).filter(c -> c.issuerId().equals(issuerId))
                .orElseThrow(() -> new UnknownCredentialException(id.toString())).toCredential();
    }

    /** Stores new credentials, in JDBC batches. */
    public void add(List<Credential> credentials) {
        persist(credentials.stream().map(CredentialEntity::of));
    }

    /** Writes a change of credentials read in this transaction (each row is in the persistence context already). */
    public void update(List<Credential> changed) {
        changed.forEach(c -> findByIdOptional(c.id())
                .orElseThrow(() -> new IllegalStateException("credential " + c.id() + " is not stored")).update(c));
    }

    /** Issuers with VALID credentials whose last valid day is before {@code today} and not yet recorded as expired. */
    public List<String> issuersWithLapsedCredentials(LocalDate today) {
        return getEntityManager().createQuery("select distinct c.issuerId from CredentialEntity c where c.state = 'VALID'"
                + " and c.validUntil < :today and c.expiryRecordedAt is null", String.class)
                .setParameter("today", today).getResultList();
    }

    /** The issuer's lapsed credentials, locked; the caller holds the issuer's row lock, as every change does. */
    public List<Credential> lapsedForUpdate(String issuerId, LocalDate today, int limit) {
        return find("issuerId = ?1 and state = 'VALID' and validUntil < ?2 and expiryRecordedAt is null order by validUntil",
                issuerId, today).withLock(LockModeType.PESSIMISTIC_WRITE).page(0, limit).stream()
                .map(CredentialEntity::toCredential).toList();
    }

    /** Which of these hashes belong to a stored credential (any issuer's: a hash is unique everywhere). */
    public Set<String> existingHashes(Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery("select c.hash from CredentialEntity c where c.hash in :hashes",
                String.class).setParameter("hashes", hashes).getResultList());
    }

    /** The issuer's credentials among these ids, by id. */
    public Map<UUID, Credential> byIds(String issuerId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("issuerId = ?1 and id in ?2", issuerId, ids).stream().map(CredentialEntity::toCredential)
                .collect(Collectors.toMap(Credential::id, c -> c));
    }
}
