package dev.microcred.issuer.ingress;

import java.time.Instant;

/** A training platform an issuer lets issue in its name through training.completions, and since when. */
public record AuthorizedPlatform(String platformId, Instant authorizedAt) {
}
