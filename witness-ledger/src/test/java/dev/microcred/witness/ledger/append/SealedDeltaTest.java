package dev.microcred.witness.ledger.append;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.witness.ledger.delta.WireDelta;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What a public leaf shows of a delta, and how it commits to the rest. */
class SealedDeltaTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HASH = "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded";
    static final String REPLACEMENT = "e5d0" + "0".repeat(60);

    @Test
    void aSupersessionShowsItsStatusAndSealsTheRelatedHashAndTheExactTimes() throws Exception {
        // Given the seed's Lambda credential superseded by a re-issue, at times with milliseconds
        WireDelta delta = delta("\"relatedHash\":\"" + REPLACEMENT + "\",\"status\":\"SUPERSEDED\",\"reason\":null",
                "2026-01-03T10:15:00.123Z", "2026-02-01T08:00:00.456Z", "");

        SealedDelta sealed = SealedDelta.of(delta, new Random(1));

        // Then the leaf shows the status and the issuer's fields, with the times cut to the second
        assertEquals("{\"v\":1,\"deltaId\":\"0b6f3c1e-8a57-4a52-9d8e-4a1f3b2c9d10\",\"hash\":\"" + HASH + "\","
                + "\"status\":\"SUPERSEDED\",\"issuerId\":\"aws-training\",\"issuerDomain\":\"aws.training\","
                + "\"issuerSequence\":7,\"jurisdictions\":[\"US\"],\"documentType\":\"SKILL_MODULE\","
                + "\"credentialCode\":\"AWS Lambda Deep Dive\",\"level\":\"Advanced\","
                + "\"issuedAt\":\"2026-01-03T10:15:00Z\",\"validUntil\":null,\"changedAt\":\"2026-02-01T08:00:00Z\"}",
                sealed.shown().toString());
        // And seals the related hash, the reason and the exact times under a random salt
        assertEquals("{\"salt\":\"" + saltOf(new Random(1)) + "\",\"fields\":{\"relatedHash\":\"" + REPLACEMENT
                + "\",\"reason\":null,\"issuedAt\":\"2026-01-03T10:15:00.123Z\","
                + "\"changedAt\":\"2026-02-01T08:00:00.456Z\"}}", sealed.opening());
        assertEquals(SealedDelta.sealOf(sealed.opening()), sealed.seal());
        assertEquals(64, sealed.seal().length());
    }

    @Test
    void aRevocationReasonIsSealedNotShown() throws Exception {
        WireDelta delta = delta("\"relatedHash\":null,\"status\":\"REVOKED\",\"reason\":\"MISCONDUCT\"",
                "2026-01-03T10:15:00Z", "2026-02-01T08:00:00Z", "");

        SealedDelta sealed = SealedDelta.of(delta, new SecureRandom());

        assertTrue(!sealed.shown().has("reason") && !sealed.shown().toString().contains("MISCONDUCT"));
        assertEquals("MISCONDUCT", JSON.readTree(sealed.opening()).path("fields").path("reason").asText());
    }

    @Test
    void aFieldTheLedgerDoesNotKnowIsSealedSinceItMayBePrivate() throws Exception {
        WireDelta delta = delta("\"relatedHash\":null,\"status\":\"VALID\",\"reason\":null",
                "2026-01-03T10:15:00Z", "2026-01-03T10:15:00Z", ",\"assessmentCentre\":\"Leeds\"");

        SealedDelta sealed = SealedDelta.of(delta, new SecureRandom());

        assertTrue(!sealed.shown().has("assessmentCentre"));
        assertEquals("Leeds", JSON.readTree(sealed.opening()).path("fields").path("assessmentCentre").asText());
    }

    @Test
    void aTimeThatIsNotAnInstantIsSealedAndNotShown() throws Exception {
        WireDelta delta = delta("\"relatedHash\":null,\"status\":\"VALID\",\"reason\":null",
                "3 January 2026", "2026-01-03T10:15:00.5Z", "");

        SealedDelta sealed = SealedDelta.of(delta, new SecureRandom());

        assertTrue(!sealed.shown().has("issuedAt"));
        assertEquals("2026-01-03T10:15:00Z", sealed.shown().path("changedAt").asText());
        assertEquals("3 January 2026", JSON.readTree(sealed.opening()).path("fields").path("issuedAt").asText());
    }

    @Test
    void theSameDeltaSealsDifferentlyEachTimeSoFewPossibleValuesCannotBeTriedAgainstTheSeal() throws Exception {
        WireDelta delta = delta("\"relatedHash\":null,\"status\":\"REVOKED\",\"reason\":\"FRAUD\"",
                "2026-01-03T10:15:00Z", "2026-02-01T08:00:00Z", "");
        SecureRandom salts = new SecureRandom();

        assertNotEquals(SealedDelta.of(delta, salts).seal(), SealedDelta.of(delta, salts).seal());
    }

    private static String saltOf(Random random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    private static WireDelta delta(String change, String issuedAt, String changedAt, String extra) throws Exception {
        return WireDelta.of(JSON.readTree("{\"v\":1,\"deltaId\":\"0b6f3c1e-8a57-4a52-9d8e-4a1f3b2c9d10\","
                + "\"hash\":\"" + HASH + "\"," + change + ",\"issuerId\":\"aws-training\","
                + "\"issuerDomain\":\"aws.training\",\"issuerSequence\":7,\"jurisdictions\":[\"US\"],"
                + "\"documentType\":\"SKILL_MODULE\",\"credentialCode\":\"AWS Lambda Deep Dive\",\"level\":\"Advanced\","
                + "\"issuedAt\":\"" + issuedAt + "\",\"validUntil\":null,\"changedAt\":\"" + changedAt + "\"" + extra + "}"));
    }
}
