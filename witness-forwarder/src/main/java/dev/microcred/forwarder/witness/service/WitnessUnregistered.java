package dev.microcred.forwarder.witness.service;

/** CDI event after an unregistration commits: this instance's push worker for the witness stops at once. */
public record WitnessUnregistered(String witnessId) {
}
