package dev.microcred.issuer.credential.service;

import dev.microcred.issuer.account.Issuer;
import dev.microcred.issuer.account.UnknownIssuerException;
import dev.microcred.issuer.account.persistence.IssuerEntity;
import dev.microcred.issuer.account.persistence.IssuerRepository;
import dev.microcred.issuer.credential.IdempotencyKeyReusedException;
import dev.microcred.issuer.credential.Credential;
import dev.microcred.issuer.credential.Lifecycle;
import dev.microcred.issuer.credential.RevocationReason;
import dev.microcred.issuer.credential.UnknownCredentialException;
import dev.microcred.issuer.credential.messaging.CredentialEvents;
import dev.microcred.issuer.credential.persistence.CredentialRepository;
import dev.microcred.issuer.credential.persistence.IdempotencyKeyEntity;
import dev.microcred.issuer.credential.persistence.IdempotencyKeyRepository;
import dev.microcred.issuer.document.CredentialRenderer;
import dev.microcred.issuer.document.Serial;
import dev.microcred.issuer.document.VerifiableCredentialText;
import dev.microcred.issuer.document.VerifyAddress;
import dev.microcred.issuer.outbox.Outbox;
import dev.microcred.issuer.problem.ConflictException;
import dev.microcred.schemas.CredentialEvent;
import dev.microcred.schemas.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

    /** What one command of {@link #issueAll} came to: its result, or the refusal {@link #issue} would throw. */
    public record Issued(IssueResult result, RuntimeException refusal) {
        static Issued refused(RuntimeException refusal) {
            return new Issued(null, refusal);
        }
    }

    @Transactional
    public IssueResult issue(String issuerId, IssueCommand command) {
        Issued only = issueAll(issuerId, List.of(command)).get(0);
        if (only.refusal() != null) {
            throw only.refusal();
        }
        return only.result();
    }

    /**
     * Issues the commands in order, in one transaction, each with the outcome {@link #issue} would
     * give it alone: a repeated key replays its credential (also a key first used earlier in the
     * batch), a key reused with another body or a text that exists already is refused and writes
     * nothing. The issuer row is locked once and keys and hashes are looked up in one query each,
     * so a batch costs a handful of round trips instead of about ten per credential.
     */
    @Transactional
    public List<Issued> issueAll(String issuerId, List<IssueCommand> commands) {
        IssuerEntity issuer;
        try {
            issuer = issuers.requireForUpdate(issuerId);
        } catch (UnknownIssuerException e) {
            return commands.stream().map(c -> Issued.refused(e)).toList();
        }
        Map<String, IdempotencyKeyEntity> keys = new HashMap<>(idempotencyKeys.byKeys(issuerId,
                commands.stream().map(IssueCommand::idempotencyKey).filter(Objects::nonNull).toList()));
        Map<UUID, Credential> byId = new HashMap<>(credentials.byIds(issuerId,
                keys.values().stream().map(IdempotencyKeyEntity::credentialId).toList()));
        List<Credential> drafts = commands.stream()
                .map(c -> keys.containsKey(c.idempotencyKey()) ? null : draft(issuer, c, null)).toList();
        Set<String> taken = new HashSet<>(credentials.existingHashes(
                drafts.stream().filter(Objects::nonNull).map(Credential::hash).toList()));
        List<Issued> outcomes = new ArrayList<>(commands.size());
        List<Credential> created = new ArrayList<>();
        List<IdempotencyKeyEntity> newKeys = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            IssueCommand command = commands.get(i);
            IdempotencyKeyEntity previous = command.idempotencyKey() == null ? null : keys.get(command.idempotencyKey());
            Credential draft = drafts.get(i);
            if (previous != null) {
                outcomes.add(replayOf(previous, command, byId));
            } else if (!taken.add(draft.hash())) {
                outcomes.add(Issued.refused(textExists(draft.hash())));
            } else {
                created.add(draft);
                byId.put(draft.id(), draft);
                keyFor(issuerId, command, draft).ifPresent(key -> {
                    keys.put(command.idempotencyKey(), key);
                    newKeys.add(key);
                });
                outcomes.add(new Issued(new IssueResult(draft, false), null));
            }
        }
        // Credentials before the keys that reference them; each kind goes to the database in JDBC batches.
        credentials.add(created);
        idempotencyKeys.persist(newKeys);
        publishAll(issuer, created, CredentialEvents::issued);
        // Here, not at commit: a value the database refuses must surface with its SQL cause, which the
        // transaction manager keeps only as a suppressed exception when the flush fails at commit.
        credentials.flush();
        return outcomes;
    }

    @Transactional
    public IssueResult supersede(String issuerId, UUID oldId, IssueCommand command) {
        IssuerEntity issuer = issuers.requireForUpdate(issuerId);
        Optional<Credential> replay = replay(issuerId, command);
        if (replay.isPresent()) {
            return new IssueResult(replay.get(), true);
        }
        Credential old = credentials.requireForUpdate(issuerId, oldId);
        Lifecycle.requireSupersedable(old.state());
        Credential replacement = create(issuer, command, old.hash());
        Credential superseded = old.supersedeBy(replacement.hash(), clock.instant());
        credentials.update(List.of(superseded));
        publish(issuer, superseded, CredentialEvents::superseded);
        return new IssueResult(replacement, false);
    }

    @Transactional
    public Credential revoke(String issuerId, UUID id, RevocationReason reason) {
        IssuerEntity issuer = issuers.requireForUpdate(issuerId);
        Credential revoked = credentials.requireForUpdate(issuerId, id).revoke(reason, clock.instant());
        credentials.update(List.of(revoked));
        publish(issuer, revoked, CredentialEvents::revoked);
        return revoked;
    }

    @Transactional
    public Credential delete(String issuerId, UUID id) {
        IssuerEntity issuer = issuers.requireForUpdate(issuerId);
        Credential deleted = credentials.requireForUpdate(issuerId, id).delete(clock.instant());
        credentials.update(List.of(deleted));
        idempotencyKeys.forgetFingerprints(deleted.id());
        publish(issuer, deleted, CredentialEvents::deleted);
        return deleted;
    }

    /**
     * Writes an Expired event for up to {@code limit} of the issuer's credentials that lapsed while
     * VALID, so witnesses learn of expiry like any other change (in the issuer's gap-free sequence).
     * Returns how many it recorded.
     */
    @Transactional
    public int recordExpiries(String issuerId, LocalDate today, int limit) {
        IssuerEntity issuer = issuers.requireForUpdate(issuerId);
        Instant now = clock.instant();
        List<Credential> lapsed = credentials.lapsedForUpdate(issuerId, today, limit).stream()
                .map(credential -> credential.recordExpiry(now)).toList();
        credentials.update(lapsed);
        publishAll(issuer, lapsed, CredentialEvents::expired);
        return lapsed.size();
    }

    @Transactional
    public Credential find(String issuerId, UUID id) {
        issuers.require(issuerId);
        return credentials.require(issuerId, id);
    }

    private Credential create(IssuerEntity issuerEntity, IssueCommand command, String supersedes) {
        Credential credential = draft(issuerEntity, command, supersedes);
        if (!credentials.existingHashes(List.of(credential.hash())).isEmpty()) {
            throw textExists(credential.hash());
        }
        credentials.add(List.of(credential));
        keyFor(issuerEntity.id(), command, credential).ifPresent(idempotencyKeys::persist);
        publish(issuerEntity, credential, CredentialEvents::issued);
        return credential;
    }

    /** The credential a command renders to, not yet stored. */
    private Credential draft(IssuerEntity issuerEntity, IssueCommand command, String supersedes) {
        Issuer issuer = issuerEntity.toIssuer();
        VerifiableCredentialText text = CredentialRenderer.render(command.content(), issuer.displayName(),
                issuer.dateStyle(), VerifyAddress.verifyLineFor(issuer.verifyBase().toString(), command.pathSegment()),
                issuer.saltsWithSerial(command.content().type()) ? Optional.of(Serial.random(random)) : Optional.empty());
        return Credential.issue(UUID.randomUUID(), issuer.id(),
                new Credential.IssuedText(text.hash(), command.content().type(), command.content().credentialCode(),
                        command.content().level(), command.validUntil(), command.pathSegment(), text.plainText(),
                        command.fieldsJson()),
                supersedes, clock.instant());
    }

    private Optional<IdempotencyKeyEntity> keyFor(String issuerId, IssueCommand command, Credential credential) {
        return Optional.ofNullable(command.idempotencyKey()).map(key -> new IdempotencyKeyEntity(
                new IdempotencyKeyEntity.Key(issuerId, key), command.fingerprint(), credential.id(), clock.instant()));
    }

    private static ConflictException textExists(String hash) {
        return new ConflictException("a credential with exactly this text exists already (hash " + hash + ")");
    }

    private Optional<Credential> replay(String issuerId, IssueCommand command) {
        if (command.idempotencyKey() == null) {
            return Optional.empty();
        }
        return idempotencyKeys.findByIdOptional(new IdempotencyKeyEntity.Key(issuerId, command.idempotencyKey()))
                .map(previous -> {
                    requireSameBody(previous, command);
                    return credentials.require(issuerId, previous.credentialId());
                });
    }

    private Issued replayOf(IdempotencyKeyEntity previous, IssueCommand command, Map<UUID, Credential> byId) {
        try {
            requireSameBody(previous, command);
        } catch (IdempotencyKeyReusedException e) {
            return Issued.refused(e);
        }
        Credential credential = byId.get(previous.credentialId());
        return credential == null ? Issued.refused(new UnknownCredentialException(previous.credentialId().toString()))
                : new Issued(new IssueResult(credential, true), null);
    }

    /** A null fingerprint was erased with its credential: the replay finds it deleted. */
    private static void requireSameBody(IdempotencyKeyEntity previous, IssueCommand command) {
        if (previous.requestHash() != null && !previous.requestHash().equals(command.fingerprint())) {
            throw new IdempotencyKeyReusedException(command.idempotencyKey());
        }
    }

    private interface EventOf {
        CredentialEvent build(Credential credential, Issuer issuer, CredentialEvents.Position at);
    }

    private void publish(IssuerEntity issuerEntity, Credential credential, EventOf event) {
        publishAll(issuerEntity, List.of(credential), event);
    }

    /** One event per credential, in order, each with the issuer's next sequence number. */
    private void publishAll(IssuerEntity issuerEntity, List<Credential> changed, EventOf event) {
        Issuer issuer = issuerEntity.toIssuer();
        Instant now = clock.instant();
        List<Outbox.Pending<CredentialEvent>> events = new ArrayList<>(changed.size());
        for (Credential credential : changed) {
            long issuerSequence = issuerEntity.nextEventSequence();
            events.add(new Outbox.Pending<>(credential.hash(), (sequence, eventId) ->
                    event.build(credential, issuer, new CredentialEvents.Position(sequence, eventId, issuerSequence, now))));
        }
        outbox.appendAll(Topics.CREDENTIAL_EVENTS, events);
    }
}
