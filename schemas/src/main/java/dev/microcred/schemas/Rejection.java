package dev.microcred.schemas;

/** A consumed record that was refused: where it came from, its bytes as read, and why (never its content). */
public record Rejection(String topic, int partition, long offset, byte[] key, byte[] value, String reason) {
}
