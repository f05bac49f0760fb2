package dev.microcred.issuer.account.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKeyEntity, String> {

    public Optional<ApiKeyEntity> activeBySecretHash(String secretHash) {
        return find("secretHash = ?1 and revokedAt is null", secretHash).firstResultOptional();
    }

    public List<ApiKeyEntity> ofIssuer(String issuerId) {
        return list("issuerId = ?1 order by createdAt", issuerId);
    }
}
