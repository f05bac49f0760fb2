package dev.microcred.issuer.credential.service;

import dev.microcred.issuer.credential.CredentialRenderer;
import dev.microcred.issuer.credential.Lifecycle;
import dev.microcred.issuer.credential.RevocationReason;
import dev.microcred.issuer.credential.Serial;
import dev.microcred.issuer.credential.VerifiableCredentialText;
import dev.microcred.issuer.credential.VerifyAddress;
import dev.microcred.issuer.credential.messaging.CredentialEvents;
import dev.microcred.issuer.credential.persistence.CredentialEntity;
import dev.microcred.issuer.credential.persistence.CredentialRepository;
import dev.microcred.issuer.credential.persistence.IdempotencyKeyEntity;
import dev.microcred.issuer.credential.persistence.IdempotencyKeyRepository;
import dev.microcred.issuer.issuer.Issuer;
import dev.microcred.issuer.issuer.persistence.IssuerEntity;
import dev.microcred.issuer.issuer.persistence.IssuerRepository;
import dev.microcred.issuer.outbox.Outbox;
import dev.microcred.issuer.problem.ConflictException;
import dev.microcred.issuer.problem.IdempotencyKeyReusedException;
import dev.microcred.schemas.CredentialEvent;
import dev.microcred.schemas.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issuing and the lifecycle, each one transaction that writes the credential and its outbox
 * events together. The issuer row is locked first: per-issuer event numbers stay gap-free and
 * concurrent retries with one Idempotency-Key queue behind each other instead of both creating.
 */
@ApplicationScoped
public class CredentialService {
    private final IssuerRepository issuers;
    private final CredentialRepository credentials;
    private final IdempotencyKeyRepository idempotencyKeys;
    private final Outbox outbox;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CredentialService(IssuerRepository issuers, CredentialRepository credentials,
            IdempotencyKeyRepository idempotencyKeys, Outbox outbox, Clock clock) {
        this.issuers = issuers;
        this.credentials = credentials;
        this.idempotencyKeys = idempotencyKeys;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public IssueResult issue(String issuerId, IssueCommand command) {
        IssuerEntity issuer = issuers.requireForUpdate(issuerId);
        Optional<CredentialEntity> replay = replay(issuerId, command);
        return replay.map(c -> new IssueResult(c, true))
                .orElseGet(() -> new IssueResult(create(issuer, command, null), false));
    }

    @Transactional
    public IssueResult supersede(String issuerId, UUID oldId, IssueCommand command) {
        IssuerEntity issuer = issuers.requireForUpdate(issuerId);
        Optional<CredentialEntity> replay = replay(issuerId, command);
        if (replay.isPresent()) {
            return new IssueResult(replay.get(), true);
        }
        CredentialEntity old = credentials.requireForUpdate(issuerId, oldId);
        Lifecycle.requireSupersedable(old.state());
        CredentialEntity replacement = create(issuer, command, old.hash());
        old.supersedeBy(replacement.hash(), clock.instant());
        publish(issuer, old, CredentialEvents::superseded);
        return new IssueResult(replacement, false);
    }

    @Transactional
    public CredentialEntity revoke(String issuerId, UUID id, RevocationReason reason) {
        IssuerEntity issuer = issuers.requireForUpdate(issuerId);
        CredentialEntity credential = credentials.requireForUpdate(issuerId, id);
        credential.revoke(reason, clock.instant());
        publish(issuer, credential, CredentialEvents::revoked);
        return credential;
    }

    @Transactional
    public CredentialEntity delete(String issuerId, UUID id) {
        IssuerEntity issuer = issuers.requireForUpdate(issuerId);
        CredentialEntity credential = credentials.requireForUpdate(issuerId, id);
        credential.delete(clock.instant());
        idempotencyKeys.forgetFingerprints(credential.id());
        publish(issuer, credential, CredentialEvents::deleted);
        return credential;
    }

    /**
     * Writes an Expired event for up to {@code limit} of the issuer's credentials that lapsed while
     * VALID, so witnesses learn of expiry like any other change (in the issuer's gap-free sequence).
     * Returns how many it recorded.
     */
    @Transactional
    public int recordExpiries(String issuerId, LocalDate today, int limit) {
        IssuerEntity issuer = issuers.requireForUpdate(issuerId);
        List<CredentialEntity> lapsed = credentials.lapsedForUpdate(issuerId, today, limit);
        for (CredentialEntity credential : lapsed) {
            credential.recordExpiry(clock.instant());
            publish(issuer, credential, CredentialEvents::expired);
        }
        return lapsed.size();
    }

    @Transactional
    public CredentialEntity find(String issuerId, UUID id) {
        issuers.require(issuerId);
        return credentials.require(issuerId, id);
    }

    private CredentialEntity create(IssuerEntity issuerEntity, IssueCommand command, String supersedes) {
        Issuer issuer = issuerEntity.toIssuer();
        VerifiableCredentialText text = CredentialRenderer.render(command.content(), issuer.displayName(),
                issuer.dateStyle(), VerifyAddress.verifyLineFor(issuer.verifyBase().toString(), command.pathSegment()),
                issuer.saltsWithSerial(command.content().type()) ? Optional.of(Serial.random(random)) : Optional.empty());
        if (credentials.byHash(text.hash()).isPresent()) {
            throw new ConflictException("a credential with exactly this text exists already (hash " + text.hash() + ")");
        }
        CredentialEntity credential = new CredentialEntity(UUID.randomUUID(), issuer.id(),
                new CredentialEntity.IssuedText(text.hash(), command.content().type(), command.content().credentialCode(),
                        command.content().level(), command.validUntil(), command.pathSegment(), text.plainText(),
                        command.fieldsJson()),
                supersedes, clock.instant());
        credentials.persist(credential);
        if (command.idempotencyKey() != null) {
            idempotencyKeys.persist(new IdempotencyKeyEntity(new IdempotencyKeyEntity.Key(issuer.id(), command.idempotencyKey()),
                    command.fingerprint(), credential.id(), clock.instant()));
        }
        publish(issuerEntity, credential, CredentialEvents::issued);
        return credential;
    }

    private Optional<CredentialEntity> replay(String issuerId, IssueCommand command) {
        if (command.idempotencyKey() == null) {
            return Optional.empty();
        }
        return idempotencyKeys.findByIdOptional(new IdempotencyKeyEntity.Key(issuerId, command.idempotencyKey()))
                .map(previous -> {
                    // A null fingerprint was erased with its credential: the replay finds it deleted.
                    if (previous.requestHash() != null && !previous.requestHash().equals(command.fingerprint())) {
                        throw new IdempotencyKeyReusedException(command.idempotencyKey());
                    }
                    return credentials.require(issuerId, previous.credentialId());
                });
    }

    private interface EventOf {
        CredentialEvent build(CredentialEntity credential, Issuer issuer, CredentialEvents.Position at);
    }

    private void publish(IssuerEntity issuerEntity, CredentialEntity credential, EventOf event) {
        Issuer issuer = issuerEntity.toIssuer();
        long issuerSequence = issuerEntity.nextEventSequence();
        Instant now = clock.instant();
        outbox.append(Topics.CREDENTIAL_EVENTS, credential.hash(), (sequence, eventId) ->
                event.build(credential, issuer, new CredentialEvents.Position(sequence, eventId, issuerSequence, now)));
    }
}
