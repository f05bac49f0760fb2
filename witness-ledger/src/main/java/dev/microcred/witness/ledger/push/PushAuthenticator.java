package dev.microcred.witness.ledger.push;

import dev.microcred.witness.ledger.push.PushRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the push headers of docs/witnessing.md section 2 against the raw body bytes, before the body is parsed.
 *
 * <p>The signature is {@code v1=hex(HMAC-SHA256(secret, timestamp + "." + body))}, compared in constant time so its
 * bytes cannot be guessed one at a time from response times. The timestamp bounds how long a captured request
 * stays usable; within that window the caller's store of accepted signatures refuses replays.
 *
 * <p>Several secrets may be accepted at once, so the forwarder's secret is rotated without a gap:
 * list the new one beside the old, let the forwarder switch, then drop the old one.
 */
public final class PushAuthenticator {

    private static final String SCHEME = "v1=";

    private final String witnessId;
    private final List<SecretKeySpec> keys;
    private final Duration maxSkew;
    private final Clock clock;

    public PushAuthenticator(String witnessId, List<String> secrets, Duration maxSkew, Clock clock) {
        this.witnessId = Objects.requireNonNull(witnessId, "witnessId");
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one push secret");
        }
        this.keys = secrets.stream().map(s -> new SecretKeySpec(s.getBytes(StandardCharsets.UTF_8), "HmacSHA256")).toList();
        this.maxSkew = maxSkew;
        this.clock = clock;
    }

    public SignedPush authenticate(String witnessIdHeader, String timestampHeader, String signatureHeader,
            byte[] body) {
        if (witnessIdHeader == null || timestampHeader == null || signatureHeader == null
                || !signatureHeader.startsWith(SCHEME)) {
            throw new PushRejectedException(Reason.MISSING_SIGNATURE,
                    "Witness-Id, Witness-Timestamp and Witness-Signature: v1=... are required");
        }
        if (!witnessId.equals(witnessIdHeader)) {
            throw new PushRejectedException(Reason.WRONG_WITNESS, "this witness is not " + witnessIdHeader);
        }
        long timestamp = parseTimestamp(timestampHeader);
        if (Math.abs(clock.millis() / 1000 - timestamp) > maxSkew.toSeconds()) {
            throw new PushRejectedException(Reason.STALE_TIMESTAMP,
                    "Witness-Timestamp is more than " + maxSkew.toSeconds() + " s from this witness's clock");
        }
        String signature = signatureHeader.substring(SCHEME.length()).trim();
        byte[] given = signature.getBytes(StandardCharsets.US_ASCII);
        boolean matches = false;
        for (SecretKeySpec key : keys) {
            // Every key is tried, so the time taken says nothing about which one matched.
            matches |= MessageDigest.isEqual(HexFormat.of().formatHex(sign(key, timestampHeader, body))
                    .getBytes(StandardCharsets.US_ASCII), given);
        }
        if (!matches) {
            throw new PushRejectedException(Reason.BAD_SIGNATURE, "Witness-Signature does not match the body");
        }
        return new SignedPush(signature, timestamp, body);
    }

    private static byte[] sign(SecretKeySpec key, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private static long parseTimestamp(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            throw new PushRejectedException(Reason.MISSING_SIGNATURE, "Witness-Timestamp is not unix seconds");
        }
    }
}
