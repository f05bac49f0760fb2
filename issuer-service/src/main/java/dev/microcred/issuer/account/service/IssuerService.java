package dev.microcred.issuer.account.service;

import dev.microcred.issuer.account.ApiKey;
import dev.microcred.issuer.account.ApiKeyMetadata;
import dev.microcred.issuer.account.Issuer;
import dev.microcred.issuer.account.UnknownApiKeyException;
import dev.microcred.issuer.account.VerifyBase;
import dev.microcred.issuer.account.messaging.IssuerEvents;
import dev.microcred.issuer.account.persistence.ApiKeyEntity;
import dev.microcred.issuer.account.persistence.ApiKeyRepository;
import dev.microcred.issuer.account.persistence.IssuerEntity;
import dev.microcred.issuer.account.persistence.IssuerRepository;
import dev.microcred.issuer.document.DocumentType;
import dev.microcred.issuer.outbox.Outbox;
import dev.microcred.issuer.problem.ConflictException;
import dev.microcred.schemas.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;

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

    /** A new issuer and its first API key, together or not at all. */
    public record Created(Issuer issuer, ApiKey firstKey) {
    }

    @Transactional
    public Created create(Issuer issuer) {
        if (issuers.findByIdOptional(issuer.id()).isPresent()) {
            throw new ConflictException("issuer " + issuer.id() + " exists");
        }
        requireFreeVerifyBase(issuer);
        issuers.persist(IssuerEntity.of(issuer, clock.instant()));
        // A concurrent create of the same id or base fails here, as a constraint violation (409).
        issuers.flush();
        publish(issuer);
        return new Created(issuer, createKey(issuer.id(), "initial"));
    }

    /** Sets the document types printed without the serial line; read and write under the issuer's row lock. */
    @Transactional
    public Issuer turnSerialOff(String issuerId, Set<DocumentType> serialOff) {
        IssuerEntity entity = issuers.requireForUpdate(issuerId);
        Issuer current = entity.toIssuer();
        Issuer updated = new Issuer(current.id(), current.displayName(), current.verifyBase(), current.jurisdictions(),
                current.dateStyle(), serialOff);
        entity.update(updated);
        publish(updated);
        return updated;
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
    public List<ApiKeyMetadata> keys(String issuerId) {
        issuers.require(issuerId);
        return keys.ofIssuer(issuerId).stream().map(ApiKeyEntity::metadata).toList();
    }

    @Transactional
    public void revokeKey(String issuerId, String keyId) {
        ApiKeyEntity key = keys.findByIdOptional(keyId).filter(k -> k.issuerId().equals(issuerId))
                .orElseThrow(() -> new UnknownApiKeyException(keyId));
        key.revoke(clock.instant());
    }

    private void requireFreeVerifyBase(Issuer issuer) {
        VerifyBase base = issuer.verifyBase();
        issuers.lockDomain(base.domain());
        issuers.onDomain(base.domain()).stream().map(IssuerEntity::toIssuer)
                .filter(other -> other.verifyBase().overlaps(base)).findFirst().ifPresent(other -> {
                    throw new ConflictException("verify base " + base + " overlaps " + other.verifyBase() + " of issuer "
                            + other.id() + ": each request path may belong to one issuer only");
                });
    }

    private void publish(Issuer issuer) {
        outbox.append(Topics.ISSUERS, issuer.id(), (sequence, eventId) -> IssuerEvents.profile(issuer, clock.instant()));
    }
}
