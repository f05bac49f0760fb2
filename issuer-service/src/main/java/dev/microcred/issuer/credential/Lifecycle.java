package dev.microcred.issuer.credential;

import java.time.LocalDate;

/**
 * The rules of a credential's life. Only a VALID credential (expired or not) can be revoked or
 * superseded: an expired one may still be withdrawn for fraud, or replaced by a renewal. Anything
 * but a deleted credential can be deleted. Deletion is final.
 */
public final class Lifecycle {
    private Lifecycle() {
    }

    public static void requireRevocable(CredentialState state) {
        require(state == CredentialState.VALID, "revoke", state);
    }

    public static void requireSupersedable(CredentialState state) {
        require(state == CredentialState.VALID, "supersede", state);
    }

    public static void requireDeletable(CredentialState state) {
        require(state != CredentialState.DELETED, "delete", state);
    }

    /**
     * What a verifier is told. A credential is valid through its validUntil day (UTC) and EXPIRED
     * from the start of the next day, with no action by anyone.
     */
    public static String status(CredentialState state, LocalDate validUntil, LocalDate today) {
        if (state == CredentialState.VALID && validUntil != null && today.isAfter(validUntil)) {
            return "EXPIRED";
        }
        return state.name();
    }

    private static void require(boolean allowed, String action, CredentialState state) {
        if (!allowed) {
            throw new InvalidTransitionException("cannot " + action + " a " + state.name().toLowerCase() + " credential");
        }
    }
}
