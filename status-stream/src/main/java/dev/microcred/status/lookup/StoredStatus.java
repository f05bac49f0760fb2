package dev.microcred.status.lookup;

import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.CredentialStatus;
import dev.microcred.schemas.DocumentType;
import dev.microcred.schemas.RevocationReason;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The stored view of a hash as one instance hands it to another: every field, unchanged and
 * uninterpreted, so the asking instance applies the domain binding and expiry exactly as it does
 * for a hash it holds itself. Internal only; the public answer never carries these fields.
 */
public record StoredStatus(String hash, String state, String reason, String supersededBy, String issuerId,
        String issuerDomain, String verifyBasePath, String documentType, String credentialCode, String level,
        Instant issuedAt, LocalDate validUntil, Instant changedAt, String lastEventId, long lastSequence) {

    public static StoredStatus of(CredentialStatus v) {
        return new StoredStatus(v.getHash(), v.getState().name(), v.getReason() == null ? null : v.getReason().name(),
                v.getSupersededBy(), v.getIssuerId(), v.getIssuerDomain(), v.getVerifyBasePath(),
                v.getDocumentType().name(), v.getCredentialCode(), v.getLevel(), v.getIssuedAt(), v.getValidUntil(),
                v.getChangedAt(), v.getLastEventId(), v.getLastSequence());
    }

    public CredentialStatus toView() {
        return CredentialStatus.newBuilder()
                .setHash(hash)
                .setState(CredentialState.valueOf(state))
                .setReason(reason == null ? null : RevocationReason.valueOf(reason))
                .setSupersededBy(supersededBy)
                .setIssuerId(issuerId)
                .setIssuerDomain(issuerDomain)
                .setVerifyBasePath(verifyBasePath)
                .setDocumentType(DocumentType.valueOf(documentType))
                .setCredentialCode(credentialCode)
                .setLevel(level)
                .setIssuedAt(issuedAt)
                .setValidUntil(validUntil)
                .setChangedAt(changedAt)
                .setLastEventId(lastEventId)
                .setLastSequence(lastSequence)
                .build();
    }
}
