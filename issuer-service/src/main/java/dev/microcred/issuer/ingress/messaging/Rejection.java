package dev.microcred.issuer.ingress.messaging;

/** A training.completions record that was refused: where it came from, its bytes as read, and why. */
record Rejection(String topic, int partition, long offset, byte[] key, byte[] value, String reason) {
}
