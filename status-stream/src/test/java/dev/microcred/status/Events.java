package dev.microcred.status;

import dev.microcred.schemas.CredentialDeleted;
import dev.microcred.schemas.CredentialEvent;
import dev.microcred.schemas.CredentialExpired;
import dev.microcred.schemas.CredentialIssued;
import dev.microcred.schemas.CredentialRevoked;
import dev.microcred.schemas.CredentialStatus;
import dev.microcred.schemas.CredentialSuperseded;
import dev.microcred.schemas.DocumentType;
import dev.microcred.schemas.RevocationReason;
import dev.microcred.status.view.StatusChange;
import dev.microcred.status.view.StatusFold;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Credential events as the issuer's outbox publishes them, for credentials from the seed
 * (shared/seed/micro-credentials.md). Only the non-personal facts travel: hash, issuer, type, code,
 * level and dates. Event ids are derived from hash and sequence, so a redelivered event is equal to
 * the original, exactly as a Kafka redelivery would be.
 */
public final class Events {
    /** The facts of one credential that an event carries. */
    public record Seed(String hash, String issuerId, String domain, String basePath, DocumentType type,
            String code, String level, Instant issuedAt, LocalDate validUntil) {
    }

    /** Seed credential 1, the protocol's worked example: verify:aws.training/cred/jc-lambda-2026 (no Code line). */
    public static final Seed LAMBDA_DEEP_DIVE = new Seed(
            "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded", "aws-training", "aws.training",
            "/cred", DocumentType.SKILL_MODULE, null, "Advanced",
            Instant.parse("2026-01-03T00:00:00Z"), null);

    /**
     * The updated version that supersedes credential 1: the same ten lines with
     * "Credential: AWS Lambda Deep Dive v2". Reproduce with
     * {@code printf 'SKILL CREDENTIAL\nAWS Training and Certification\nHolder: james.chen@email.com\nCredential:
     * AWS Lambda Deep Dive v2\nType: Specialty Module\nLevel: Advanced\nCompleted: January 3, 2026\nScore:
     * 94%%\nTime: 4.2 hours\nExpires: Never (knowledge may become outdated)' | sha256sum} (one line).
     */
    public static final Seed LAMBDA_DEEP_DIVE_V2 = new Seed(
            "02fe7610b3a528402c2efae7dcc08c87e917c25375b5e2a75e132855b759cb9d", "aws-training", "aws.training",
            "/cred", DocumentType.SKILL_MODULE, null, "Advanced",
            Instant.parse("2026-03-02T00:00:00Z"), null);

    /** Seed credential 2: verify:cityandguilds.com/v/7891234-308. */
    public static final Seed THREE_PHASE_SYSTEMS = new Seed(
            "e5d0d00d0cf107d3bfba2d7525278679408ff3ef397a0d47591f41b6c61ccfb8", "city-and-guilds",
            "cityandguilds.com", "/v", DocumentType.PRACTICAL_COMPETENCY, "2365-03-Unit-308", "3",
            Instant.parse("2026-01-12T00:00:00Z"), null);

    /** Seed credential 5, valid until January 4, 2028: verify:englishtest.duolingo.com/v/DET-2026-4478921. */
    public static final Seed ENGLISH_TEST = new Seed(
            "f8b521b4a070d50a281687c24e4744ee71b6df5713978974efabfe972a9d1798", "duolingo-english-test",
            "englishtest.duolingo.com", "/v", DocumentType.LANGUAGE_PROFICIENCY, "DET-2026-4478921", "B2-C1",
            Instant.parse("2026-01-04T00:00:00Z"), LocalDate.of(2028, 1, 4));

    /** The jurisdictions each seed issuer answers to, whose witness firms receive its deltas. */
    public static final Map<String, List<String>> JURISDICTIONS = Map.of(
            "aws-training", List.of("US"), "city-and-guilds", List.of("UK"), "duolingo-english-test", List.of("US", "UK"));

    private Events() {
    }

    public static CredentialEvent issued(Seed credential, long sequence) {
        return event(credential, sequence, new CredentialIssued(null));
    }

    /** The Issued event of a credential that replaces {@code supersedes}. */
    public static CredentialEvent reissued(Seed credential, long sequence, Seed supersedes) {
        return event(credential, sequence, new CredentialIssued(supersedes.hash()));
    }

    public static CredentialEvent revoked(Seed credential, long sequence, RevocationReason reason) {
        return event(credential, sequence, new CredentialRevoked(reason));
    }

    public static CredentialEvent superseded(Seed credential, long sequence, Seed supersededBy) {
        return event(credential, sequence, new CredentialSuperseded(supersededBy.hash()));
    }

    public static CredentialEvent deleted(Seed credential, long sequence) {
        return event(credential, sequence, new CredentialDeleted());
    }

    public static CredentialEvent expired(Seed credential, long sequence) {
        return event(credential, sequence, new CredentialExpired());
    }

    /** The view of a hash after these events, folded as the topology folds them. */
    public static CredentialStatus viewAfter(CredentialEvent... events) {
        CredentialStatus view = null;
        for (CredentialEvent e : events) {
            view = StatusFold.apply(view, e).map(StatusChange::view).orElse(view);
        }
        return view;
    }

    /**
     * The outbox sequence is global across the issuer database; the issuer sequence is the issuer's
     * own gap-free counter, so in these fixtures it is simply the outbox sequence unless a test sets it.
     */
    private static CredentialEvent event(Seed c, long sequence, Object change) {
        return CredentialEvent.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes((c.hash() + "#" + sequence).getBytes(StandardCharsets.UTF_8)).toString())
                .setSequence(sequence)
                .setIssuerSequence(sequence)
                .setOccurredAt(c.issuedAt().plus(sequence, ChronoUnit.MINUTES))
                .setHash(c.hash())
                .setIssuerId(c.issuerId())
                .setIssuerDomain(c.domain())
                .setVerifyBasePath(c.basePath())
                .setDocumentType(c.type())
                .setCredentialCode(c.code())
                .setLevel(c.level())
                .setIssuedAt(c.issuedAt())
                .setValidUntil(c.validUntil())
                .setJurisdictions(JURISDICTIONS.getOrDefault(c.issuerId(), List.of()))
                .setChange(change)
                .build();
    }
}
