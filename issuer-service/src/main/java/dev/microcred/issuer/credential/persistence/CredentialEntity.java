package dev.microcred.issuer.credential.persistence;

import dev.microcred.issuer.credential.CredentialState;
import dev.microcred.issuer.credential.DocumentType;
import dev.microcred.issuer.credential.Lifecycle;
import dev.microcred.issuer.credential.RevocationReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored credential. Its plaintext and personal fields exist only here, until erasure nulls them. */
@Entity
@Table(name = "credential")
public class CredentialEntity {
    @Id
    private UUID id;
    @Column(name = "issuer_id")
    private String issuerId;
    private String hash;
    @Enumerated(EnumType.STRING)
    @Column(name = "document_type")
    private DocumentType documentType;
    @Column(name = "credential_code")
    private String credentialCode;
    private String level;
    @Enumerated(EnumType.STRING)
    private CredentialState state;
    @Enumerated(EnumType.STRING)
    private RevocationReason reason;
    private String supersedes;
    @Column(name = "superseded_by")
    private String supersededBy;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "state_changed_at")
    private Instant stateChangedAt;
    @Column(name = "path_segment")
    private String pathSegment;
    @Column(name = "plain_text")
    private String plainText;
    private String fields;
    /** When the Expired event was written; null until the credential lapsed while still VALID. */
    @Column(name = "expiry_recorded_at")
    private Instant expiryRecordedAt;

    protected CredentialEntity() {
    }

    public CredentialEntity(UUID id, String issuerId, IssuedText issued, String supersedes, Instant now) {
        this.id = id;
        this.issuerId = issuerId;
        this.hash = issued.hash();
        this.documentType = issued.documentType();
        this.credentialCode = issued.credentialCode();
        this.level = issued.level();
        this.validUntil = issued.validUntil();
        this.pathSegment = issued.pathSegment();
        this.plainText = issued.plainText();
        this.fields = issued.fields();
        this.supersedes = supersedes;
        this.state = CredentialState.VALID;
        this.issuedAt = now;
        this.stateChangedAt = now;
    }

    /** What issuing produced: the rendered text and the non-personal facts about it. */
    public record IssuedText(String hash, DocumentType documentType, String credentialCode, String level,
            LocalDate validUntil, String pathSegment, String plainText, String fields) {
    }

    public void revoke(RevocationReason why, Instant now) {
        Lifecycle.requireRevocable(state);
        change(CredentialState.REVOKED, now);
        reason = why;
    }

    public void supersedeBy(String newHash, Instant now) {
        Lifecycle.requireSupersedable(state);
        change(CredentialState.SUPERSEDED, now);
        supersededBy = newHash;
    }

    /** Erasure: keeps only the hash and non-personal facts, so verify can answer 404 and witnesses can be told. */
    public void delete(Instant now) {
        Lifecycle.requireDeletable(state);
        change(CredentialState.DELETED, now);
        pathSegment = null;
        plainText = null;
        fields = null;
    }

    /**
     * Notes that the credential lapsed. Its state stays VALID (an expired credential may still be
     * revoked or renewed, and verify derives EXPIRED from validUntil); only witnesses need the event.
     */
    public void recordExpiry(Instant now) {
        expiryRecordedAt = now;
    }

    private void change(CredentialState next, Instant now) {
        state = next;
        stateChangedAt = now;
    }

    public UUID id() { return id; }
    public String issuerId() { return issuerId; }
    public String hash() { return hash; }
    public DocumentType documentType() { return documentType; }
    public String credentialCode() { return credentialCode; }
    public String level() { return level; }
    public CredentialState state() { return state; }
    public RevocationReason reason() { return reason; }
    public String supersedes() { return supersedes; }
    public String supersededBy() { return supersededBy; }
    public LocalDate validUntil() { return validUntil; }
    public Instant issuedAt() { return issuedAt; }
    public Instant stateChangedAt() { return stateChangedAt; }
    public String pathSegment() { return pathSegment; }
    public String plainText() { return plainText; }
}
