package dev.microcred.forwarder.feed;

/** A status-deltas record that was rejected: where it came from, its bytes as read, and why. */
record Rejection(String topic, int partition, long offset, byte[] key, byte[] value, String reason) {
}
