package dev.microcred.issuer.ingress.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class AuthorizedPlatformRepository
        implements PanacheRepositoryBase<AuthorizedPlatformEntity, AuthorizedPlatformEntity.Key> {

    public List<AuthorizedPlatformEntity> ofIssuer(String issuerId) {
        return list("id.issuerId = ?1 order by id.platformId", issuerId);
    }

    public List<AuthorizedPlatformEntity> ofIssuers(Collection<String> issuerIds) {
        return list("id.issuerId in ?1", issuerIds);
    }
}
