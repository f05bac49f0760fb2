package dev.microcred.forwarder.support;

import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.DocumentType;
import dev.microcred.schemas.RevocationReason;
import dev.microcred.schemas.StatusDelta;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Status deltas shaped like the seed's (the aws-training issuer of docs/witnessing.md). */
public final class SeedDeltas {
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    private SeedDeltas() {
    }

    /** The example of docs/witnessing.md §1. */
    public static StatusDelta documentedExample() {
        return documentedExampleBuilder().build();
    }

    /**
     * A fresh builder rather than a copy: Avro's copy-builder deep-copies enums through a class
     * loader that differs from the test's inside {@code @QuarkusTest}.
     */
    public static StatusDelta.Builder documentedExampleBuilder() {
        return StatusDelta.newBuilder()
                .setDeltaId("0b6f3c1e-8a57-4a52-9d8e-4a1f3b2c9d10")
                .setHash("3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded")
                .setRelatedHash(null).setState(CredentialState.REVOKED).setReason(RevocationReason.FRAUD)
                .setIssuerId("aws-training").setIssuerDomain("aws.training").setIssuerSequence(7)
                .setJurisdictions(List.of("US")).setDocumentType(DocumentType.SKILL_MODULE)
                .setCredentialCode("AWS Lambda Deep Dive").setLevel("Advanced")
                .setIssuedAt(Instant.parse("2026-01-03T10:15:00Z")).setValidUntil(null)
                .setChangedAt(Instant.parse("2026-02-01T08:00:00Z"));
    }

    /** A fresh delta of {@code hash} in the given state for an issuer of these jurisdictions. */
    public static StatusDelta delta(String hash, CredentialState state, String... jurisdictions) {
        return documentedExampleBuilder()
                .setDeltaId(UUID.randomUUID().toString()).setHash(hash).setState(state)
                .setReason(state == CredentialState.REVOKED ? RevocationReason.FRAUD : null)
                .setIssuerSequence(SEQUENCE.incrementAndGet()).setJurisdictions(List.of(jurisdictions))
                .setChangedAt(Instant.now()).build();
    }

    /** A fresh hash, as the issuer would compute it from a credential's text. */
    public static String newHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(UUID.randomUUID().toString().getBytes());
            return HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
