package dev.microcred.issuer.credential.api;

import dev.microcred.issuer.credential.RevocationReason;
import jakarta.validation.constraints.NotNull;

/** Why the credential is withdrawn: a code from a fixed list, never free text. */
public record RevokeRequest(@NotNull RevocationReason reason) {
}
