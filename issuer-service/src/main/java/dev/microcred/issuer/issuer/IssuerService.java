package dev.microcred.issuer.issuer;

import dev.microcred.issuer.issuer.persistence.ApiKeyEntity;
import dev.microcred.issuer.issuer.persistence.ApiKeyRepository;
import dev.microcred.issuer.issuer.persistence.IssuerEntity;
import dev.microcred.issuer.issuer.persistence.IssuerRepository;
import dev.microcred.issuer.outbox.Outbox;
import dev.microcred.issuer.problem.ConflictException;
import dev.microcred.issuer.problem.UnknownApiKeyException;
import dev.microcred.schemas.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Operator actions on issuers and their API keys. Every change of public facts goes through the outbox. */
@ApplicationScoped
public class IssuerService {
    private final IssuerRepository issuers;
    private final ApiKeyRepository keys;
    private final Outbox outbox;
    private final Clock clock;

    IssuerService(IssuerRepository issuers, ApiKeyRepository keys, Outbox outbox, Clock clock) {
        this.issuers = issuers;
        this.keys = keys;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Issuer create(Issuer issuer) {
        if (issuers.findByIdOptional(issuer.id()).isPresent()) {
            throw new ConflictException("issuer " + issuer.id() + " exists");
        }
        requireFreeVerifyBase(issuer);
        issuers.persist(IssuerEntity.of(issuer, clock.instant()));
        publish(issuer);
        return issuer;
    }

    @Transactional
    public Issuer update(Issuer issuer) {
        IssuerEntity entity = issuers.requireForUpdate(issuer.id());
        if (!entity.toIssuer().verifyBase().equals(issuer.verifyBase())) {
            // Credentials already printed name the old base; moving it would break them.
            throw new ConflictException("the verify base of an issuer cannot change");
        }
        entity.update(issuer);
        publish(issuer);
        return issuer;
    }

    @Transactional
    public Issuer find(String issuerId) {
        return issuers.require(issuerId).toIssuer();
    }

    @Transactional
    public ApiKey createKey(String issuerId, String label) {
        issuers.require(issuerId);
        ApiKey key = ApiKey.generate();
        keys.persist(new ApiKeyEntity(key.id(), issuerId, key.hash(), label, clock.instant()));
        return key;
    }

    @Transactional
    public List<ApiKeyEntity> keys(String issuerId) {
        issuers.require(issuerId);
        return keys.ofIssuer(issuerId);
    }

    @Transactional
    public void revokeKey(String issuerId, String keyId) {
        ApiKeyEntity key = keys.findByIdOptional(keyId).filter(k -> k.issuerId().equals(issuerId))
                .orElseThrow(() -> new UnknownApiKeyException(keyId));
        key.revoke(clock.instant());
    }

    private void requireFreeVerifyBase(Issuer issuer) {
        issuers.byVerifyBase(issuer.verifyBase().domain(), issuer.verifyBase().path()).ifPresent(other -> {
            throw new ConflictException("verify base " + issuer.verifyBase() + " belongs to issuer " + other.id());
        });
    }

    private void publish(Issuer issuer) {
        outbox.append(Topics.ISSUERS, issuer.id(), (sequence, eventId) -> IssuerEvents.profile(issuer, clock.instant()));
    }
}
