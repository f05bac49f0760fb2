package dev.microcred.status.lookup;

import dev.microcred.schemas.CredentialStatus;

/**
 * The outcome of looking one hash up, wherever the answer came from. "Not ready" means no copy
 * that may answer could be read (restoring, rebalancing, owner unreachable, standby too far
 * behind): the caller answers 503, never a guess.
 */
public sealed interface Lookup {
    record Found(CredentialStatus view) implements Lookup {
    }

    record NotFound() implements Lookup {
    }

    record NotReady() implements Lookup {
    }
}
