package dev.microcred.forwarder.witness.api;

/** Answer of a re-drive: how many parked deltas the witness's worker will deliver before new ones. */
public record RedriveResponse(int redriving) {
}
