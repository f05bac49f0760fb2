package dev.microcred.issuer.credential;

import dev.microcred.issuer.document.DocumentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A credential an issuer issued, and where it is in its life: the aggregate every change of the
 * credential feature goes through. Each change returns the credential as it is after it, and only
 * if {@link Lifecycle} allows it. Its plaintext and personal fields exist only until erasure.
 *
 * @param supersedes hash of the credential this one replaced, or null
 * @param supersededBy hash of the credential that replaced this one, or null
 * @param expiryRecordedAt when the Expired event was written; null until it lapsed while VALID
 */
public record Credential(UUID id, String issuerId, IssuedText issued, String supersedes, Instant issuedAt,
        CredentialState state, RevocationReason reason, String supersededBy, Instant stateChangedAt,
        Instant expiryRecordedAt) {

    /**
     * What issuing produced: the rendered text and the non-personal facts about it. After erasure
     * only the facts are left ({@code pathSegment}, {@code plainText} and {@code fields} are null).
     */
    public record IssuedText(String hash, DocumentType documentType, String credentialCode, String level,
            LocalDate validUntil, String pathSegment, String plainText, String fields) {

        IssuedText erased() {
            return new IssuedText(hash, documentType, credentialCode, level, validUntil, null, null, null);
        }
    }

    /** A new, VALID credential. */
    public static Credential issue(UUID id, String issuerId, IssuedText issued, String supersedes, Instant now) {
        return new Credential(id, issuerId, issued, supersedes, now, CredentialState.VALID, null, null, now, null);
    }

    /** The hash of its text: how verifiers, witnesses and events know it. */
    public String hash() {
        return issued.hash();
    }

    public Credential revoke(RevocationReason why, Instant now) {
        Lifecycle.requireRevocable(state);
        return new Credential(id, issuerId, issued, supersedes, issuedAt, CredentialState.REVOKED, why, supersededBy,
                now, expiryRecordedAt);
    }

    public Credential supersedeBy(String newHash, Instant now) {
        Lifecycle.requireSupersedable(state);
        return new Credential(id, issuerId, issued, supersedes, issuedAt, CredentialState.SUPERSEDED, reason, newHash,
                now, expiryRecordedAt);
    }

    /** Erasure: keeps only the hash and non-personal facts, so verify can answer 404 and witnesses can be told. */
    public Credential delete(Instant now) {
        Lifecycle.requireDeletable(state);
        return new Credential(id, issuerId, issued.erased(), supersedes, issuedAt, CredentialState.DELETED, reason,
                supersededBy, now, expiryRecordedAt);
    }

    /**
     * Notes that the credential lapsed. Its state stays VALID (an expired credential may still be
     * revoked or renewed, and verify derives EXPIRED from validUntil); only witnesses need the event.
     */
    public Credential recordExpiry(Instant now) {
        return new Credential(id, issuerId, issued, supersedes, issuedAt, state, reason, supersededBy, stateChangedAt,
                now);
    }

    /** What a verifier is told today. */
    public String status(LocalDate today) {
        return Lifecycle.status(state, issued.validUntil(), today);
    }
}
