package dev.microcred.witness.ledger.push;

/** An authenticated push request: its signature (the replay key) and signing time, over this exact body. */
public record SignedPush(String signature, long timestamp, byte[] body) {
}
