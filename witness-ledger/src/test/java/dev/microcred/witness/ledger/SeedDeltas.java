package dev.microcred.witness.ledger;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Wire deltas shaped like the seed's (docs/witnessing.md example): an AWS training module issued, then revoked.
 * Hashes and delta ids are fresh per call, because every test class shares one ledger.
 */
public final class SeedDeltas {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SeedDeltas() {
    }

    public static String newHash() {
        byte[] hash = new byte[32];
        RANDOM.nextBytes(hash);
        return HexFormat.of().formatHex(hash);
    }

    public static String delta(String hash, String status, long issuerSequence) {
        return delta(UUID.randomUUID().toString(), hash, status, issuerSequence);
    }

    public static String delta(String deltaId, String hash, String status, long issuerSequence) {
        String reason = status.equals("REVOKED") ? "\"FRAUD\"" : "null";
        return "{\"v\":1,\"deltaId\":\"" + deltaId + "\",\"hash\":\"" + hash + "\",\"relatedHash\":null,"
                + "\"status\":\"" + status + "\",\"reason\":" + reason + ",\"issuerId\":\"aws-training\","
                + "\"issuerDomain\":\"aws.training\",\"issuerSequence\":" + issuerSequence + ","
                + "\"jurisdictions\":[\"US\"],\"documentType\":\"SKILL_MODULE\","
                + "\"credentialCode\":\"AWS Lambda Deep Dive\",\"level\":\"Advanced\","
                + "\"issuedAt\":\"2026-01-03T10:15:00Z\",\"validUntil\":null,\"changedAt\":\"2026-02-01T08:00:00Z\"}";
    }

    /** The push body of docs/witnessing.md section 2. */
    public static String batch(String... deltas) {
        return "{\"witnessId\":\"" + Pushes.WITNESS_ID + "\",\"deltas\":[" + String.join(",", deltas) + "]}";
    }
}
