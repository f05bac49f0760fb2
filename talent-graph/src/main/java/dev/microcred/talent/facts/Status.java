package dev.microcred.talent.facts;

/** What a verifier is told about a credential now, in the words of the verify protocol. */
public enum Status {
    VALID, EXPIRED, SUPERSEDED, REVOKED, DELETED;

    /** Only a valid credential counts towards a stack, a checklist or a total. */
    public boolean counts() {
        return this == VALID;
    }
}
