package dev.microcred.issuer.credential.messaging;

import dev.microcred.issuer.credential.persistence.CredentialEntity;
import dev.microcred.issuer.issuer.Issuer;
import dev.microcred.schemas.CredentialDeleted;
import dev.microcred.schemas.CredentialEvent;
import dev.microcred.schemas.CredentialExpired;
import dev.microcred.schemas.CredentialIssued;
import dev.microcred.schemas.CredentialRevoked;
import dev.microcred.schemas.CredentialSuperseded;
import dev.microcred.schemas.DocumentType;
import dev.microcred.schemas.RevocationReason;
import java.time.Instant;
import java.util.UUID;

/**
 * Builds the Avro events of credential changes. Only non-personal facts go in: the hash, issuer,
 * document type, code, level and dates. Text, names and the per-credential path segment never do.
 */
public final class CredentialEvents {
    private CredentialEvents() {
    }

    /** Where an event sits: its outbox sequence, id, the issuer's counter and the time of the change. */
    public record Position(long sequence, UUID eventId, long issuerSequence, Instant occurredAt) {
    }

    public static CredentialEvent issued(CredentialEntity c, Issuer issuer, Position at) {
        return envelope(c, issuer, at, new CredentialIssued(c.supersedes()));
    }

    public static CredentialEvent revoked(CredentialEntity c, Issuer issuer, Position at) {
        return envelope(c, issuer, at, new CredentialRevoked(RevocationReason.valueOf(c.reason().name())));
    }

    public static CredentialEvent superseded(CredentialEntity c, Issuer issuer, Position at) {
        return envelope(c, issuer, at, new CredentialSuperseded(c.supersededBy()));
    }

    public static CredentialEvent deleted(CredentialEntity c, Issuer issuer, Position at) {
        return envelope(c, issuer, at, new CredentialDeleted());
    }

    public static CredentialEvent expired(CredentialEntity c, Issuer issuer, Position at) {
        return envelope(c, issuer, at, new CredentialExpired());
    }

    private static CredentialEvent envelope(CredentialEntity c, Issuer issuer, Position at, Object change) {
        return CredentialEvent.newBuilder()
                .setEventId(at.eventId().toString())
                .setSequence(at.sequence())
                .setIssuerSequence(at.issuerSequence())
                .setOccurredAt(at.occurredAt())
                .setHash(c.hash())
                .setIssuerId(issuer.id())
                .setIssuerDomain(issuer.verifyBase().domain())
                .setVerifyBasePath(issuer.verifyBase().path())
                .setDocumentType(DocumentType.valueOf(c.documentType().name()))
                .setCredentialCode(c.credentialCode())
                .setLevel(c.level())
                .setIssuedAt(c.issuedAt())
                .setValidUntil(c.validUntil())
                .setJurisdictions(issuer.jurisdictions())
                .setChange(change)
                .build();
    }
}
