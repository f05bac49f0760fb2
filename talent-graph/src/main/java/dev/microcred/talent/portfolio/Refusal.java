package dev.microcred.talent.portfolio;

/** Why a holder's or a third party's request is refused; nothing was written. The message names no personal data. */
public class Refusal extends RuntimeException {

    public enum Kind {
        /** The text has no verify line or no hashed lines above it. */
        UNREADABLE_TEXT,
        /** The verify line names a domain and path no issuer of this platform verifies at. */
        FOREIGN_ISSUER,
        /** The issuer answered 404: never issued, deleted, or forged. */
        NOT_VERIFIED,
        /** The issuer could not answer correctly now (503, unreachable, an answer outside the protocol). */
        ISSUER_UNAVAILABLE,
        /** An attestor's credential that no issuer of ours issued, or that another domain answers for: forged. */
        UNKNOWN_ATTESTOR_CREDENTIAL,
        /** No such share link (or withdrawn), pathway or held credential. */
        NOT_FOUND,
        /** A request that does not make sense, e.g. a checklist item naming neither a code nor a skill. */
        INVALID_REQUEST
    }

    private final Kind kind;

    public Refusal(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
