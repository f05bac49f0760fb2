package dev.microcred.issuer.ingress.service;

import dev.microcred.issuer.account.persistence.IssuerEntity;
import dev.microcred.issuer.account.persistence.IssuerRepository;
import dev.microcred.issuer.ingress.AuthorizedPlatform;
import dev.microcred.issuer.ingress.CompletionKey;
import dev.microcred.issuer.ingress.InvalidPlatformIdException;
import dev.microcred.issuer.ingress.persistence.AuthorizedPlatformEntity;
import dev.microcred.issuer.ingress.persistence.AuthorizedPlatformRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The training platforms an issuer lets issue in its name through training.completions. Anyone the
 * topic's ACLs let produce can put any issuer id in a completion; this list is the issuer's own say.
 * None is authorized until the issuer adds it. Bulk requests need no entry: they carry the issuer's key.
 */
@ApplicationScoped
public class AuthorizedPlatforms {
    private final AuthorizedPlatformRepository platforms;
    private final IssuerRepository issuers;
    private final Clock clock;

    AuthorizedPlatforms(AuthorizedPlatformRepository platforms, IssuerRepository issuers, Clock clock) {
        this.platforms = platforms;
        this.issuers = issuers;
        this.clock = clock;
    }

    /** Authorizes the platform (again: nothing changes) and answers its entry. */
    @Transactional
    public AuthorizedPlatform authorize(String issuerId, String platformId) {
        if (!CompletionKey.isPlatformId(platformId)) {
            throw new InvalidPlatformIdException();
        }
        issuers.requireForUpdate(issuerId); // two identical PUTs at once: the second finds the first's row
        AuthorizedPlatformEntity.Key key = new AuthorizedPlatformEntity.Key(issuerId, platformId);
        return platforms.findByIdOptional(key).orElseGet(() -> {
            AuthorizedPlatformEntity entry = new AuthorizedPlatformEntity(key, clock.instant());
            platforms.persist(entry);
            return entry;
        }).toPlatform();
    }

    /** Withdraws the authorization, if there was one: completions the platform sends afterwards are refused. */
    @Transactional
    public void withdraw(String issuerId, String platformId) {
        issuers.require(issuerId);
        platforms.deleteById(new AuthorizedPlatformEntity.Key(issuerId, platformId));
    }

    @Transactional
    public List<AuthorizedPlatform> of(String issuerId) {
        issuers.require(issuerId);
        return platforms.ofIssuer(issuerId).stream().map(AuthorizedPlatformEntity::toPlatform).toList();
    }

    /** For each of these issuers that exists, the platforms it authorized (an unknown issuer is left out). */
    @Transactional
    public Map<String, Set<String>> authorizedBy(Collection<String> issuerIds) {
        if (issuerIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<String>> authorized = issuers.list("id in ?1", Set.copyOf(issuerIds)).stream()
                .map(IssuerEntity::id).collect(Collectors.toMap(Function.identity(), id -> new HashSet<>()));
        platforms.ofIssuers(authorized.keySet()).forEach(p -> authorized.get(p.issuerId()).add(p.platformId()));
        return authorized;
    }
}
