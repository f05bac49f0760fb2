package dev.microcred.issuer.credential.messaging;

import dev.microcred.issuer.account.Issuer;
import dev.microcred.issuer.credential.Credential;
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

    public static CredentialEvent issued(Credential c, Issuer issuer, Position at) {
        return envelope(c, issuer, at, new CredentialIssued(c.supersedes()));
    }

    public static CredentialEvent revoked(Credential c, Issuer issuer, Position at) {
        return envelope(c, issuer, at, new CredentialRevoked(RevocationReason.valueOf(c.reason().name())));
    }

    public static CredentialEvent superseded(Credential c, Issuer issuer, Position at) {
        return envelope(c, issuer, at, new CredentialSuperseded(c.supersededBy()));
    }

    public static CredentialEvent deleted(Credential c, Issuer issuer, Position at) {
        return envelope(c, issuer, at, new CredentialDeleted());
    }

    public static CredentialEvent expired(Credential c, Issuer issuer, Position at) {
        return envelope(c, issuer, at, new CredentialExpired());
    }

    private static CredentialEvent envelope(Credential c, Issuer issuer, Position at, Object change) {
        return CredentialEvent.newBuilder()
                .setEventId(at.eventId().toString())
                .setSequence(at.sequence())
                .setIssuerSequence(at.issuerSequence())
                .setOccurredAt(at.occurredAt())
                .setHash(c.hash())
                .setIssuerId(issuer.id())
                .setIssuerDomain(issuer.verifyBase().domain())
                .setVerifyBasePath(issuer.verifyBase().path())
                .setDocumentType(DocumentType.valueOf(c.issued().documentType().name()))
                .setCredentialCode(c.issued().credentialCode())
                .setLevel(c.issued().level())
                .setIssuedAt(c.issuedAt())
                .setValidUntil(c.issued().validUntil())
                .setJurisdictions(issuer.jurisdictions())
                .setChange(change)
                .build();
    }
}
