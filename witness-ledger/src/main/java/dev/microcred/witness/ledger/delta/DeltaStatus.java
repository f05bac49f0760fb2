package dev.microcred.witness.ledger.delta;

/** A hash's status after a change, as the wire delta names it (docs/witnessing.md section 1). */
public enum DeltaStatus {
    VALID, REVOKED, SUPERSEDED, EXPIRED, DELETED;

    static boolean isKnown(String name) {
        for (DeltaStatus status : values()) {
            if (status.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
