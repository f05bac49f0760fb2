package dev.microcred.issuer.account.persistence;

import dev.microcred.issuer.account.UnknownIssuerException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;

@ApplicationScoped
public class IssuerRepository implements PanacheRepositoryBase<IssuerEntity, String> {
    private static final int DOMAIN_LOCK_CLASS = 1;

    public IssuerEntity require(String issuerId) {
        return findByIdOptional(issuerId).orElseThrow(() -> new UnknownIssuerException(issuerId));
    }

    /** Locks the issuer row: per-issuer event numbers are handed out one transaction at a time. */
    public IssuerEntity requireForUpdate(String issuerId) {
        return findByIdOptional(issuerId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new UnknownIssuerException(issuerId));
    }

    public List<IssuerEntity> onDomain(String domain) {
        return list("domain", domain);
    }

    /**
     * Holds, until the transaction ends, a lock on one verify domain, so that two issuers created on it
     * at once check their bases one after the other. Two-key advisory locks, class {@value #DOMAIN_LOCK_CLASS},
     * so they never meet the relay's one-key lock.
     */
    public void lockDomain(String domain) {
        // Wrapped in count(*): pg_advisory_xact_lock returns void, a column type Hibernate cannot read.
        getEntityManager().createNativeQuery(
                "select count(*) from (select pg_advisory_xact_lock(" + DOMAIN_LOCK_CLASS + ", hashtext(?1))) locked")
                .setParameter(1, domain).getSingleResult();
    }
}
