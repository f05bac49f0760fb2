package dev.microcred.issuer.credential.persistence;

import dev.microcred.issuer.credential.Credential;
import dev.microcred.issuer.credential.CredentialState;
import dev.microcred.issuer.credential.RevocationReason;
import dev.microcred.issuer.document.DocumentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The row of a {@link Credential}; the rules live in the domain type, this only maps it. */
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
    @Column(name = "expiry_recorded_at")
    private Instant expiryRecordedAt;

    protected CredentialEntity() {
    }

    static CredentialEntity of(Credential credential) {
        CredentialEntity entity = new CredentialEntity();
        entity.id = credential.id();
        entity.issuerId = credential.issuerId();
        entity.issuedAt = credential.issuedAt();
        entity.supersedes = credential.supersedes();
        entity.update(credential);
        return entity;
    }

    /** Writes what a change may alter: the state and, on erasure, the text's personal parts. */
    void update(Credential credential) {
        Credential.IssuedText issued = credential.issued();
        hash = issued.hash();
        documentType = issued.documentType();
        credentialCode = issued.credentialCode();
        level = issued.level();
        validUntil = issued.validUntil();
        pathSegment = issued.pathSegment();
        plainText = issued.plainText();
        fields = issued.fields();
        state = credential.state();
        reason = credential.reason();
        supersededBy = credential.supersededBy();
        stateChangedAt = credential.stateChangedAt();
        expiryRecordedAt = credential.expiryRecordedAt();
    }

    Credential toCredential() {
        return new Credential(id, issuerId, new Credential.IssuedText(hash, documentType, credentialCode, level,
                validUntil, pathSegment, plainText, fields), supersedes, issuedAt, state, reason, supersededBy,
                stateChangedAt, expiryRecordedAt);
    }

    UUID id() {
        return id;
    }

    String issuerId() {
        return issuerId;
    }
}
