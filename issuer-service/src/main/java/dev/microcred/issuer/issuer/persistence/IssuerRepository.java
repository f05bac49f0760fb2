package dev.microcred.issuer.issuer.persistence;

import dev.microcred.issuer.problem.UnknownIssuerException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class IssuerRepository implements PanacheRepositoryBase<IssuerEntity, String> {

    public IssuerEntity require(String issuerId) {
        return findByIdOptional(issuerId).orElseThrow(() -> new UnknownIssuerException(issuerId));
    }

    /** Locks the issuer row: per-issuer event numbers are handed out one transaction at a time. */
    public IssuerEntity requireForUpdate(String issuerId) {
        return findByIdOptional(issuerId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new UnknownIssuerException(issuerId));
    }

    public Optional<IssuerEntity> byVerifyBase(String domain, String basePath) {
        return find("domain = ?1 and basePath = ?2", domain, basePath).firstResultOptional();
    }
}
