package dev.microcred.forwarder.witness.service;

import dev.microcred.forwarder.witness.Witness;

/** CDI event after a registration commits: push delivery and metrics pick the witness up. */
public record WitnessRegistered(Witness witness) {
}
