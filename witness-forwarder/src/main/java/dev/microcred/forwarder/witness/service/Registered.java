package dev.microcred.forwarder.witness.service;

import dev.microcred.forwarder.witness.Witness;
import java.util.Optional;

/** The outcome of a registration, with the secrets that are shown this once and never again. */
public record Registered(Witness witness, Optional<String> pushSecret, Optional<String> feedToken) {
}
