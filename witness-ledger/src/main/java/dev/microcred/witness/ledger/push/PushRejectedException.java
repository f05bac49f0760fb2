package dev.microcred.witness.ledger.push;

/** Answers 401: the push is not from the registered forwarder, not fresh, or a replay. Nothing was stored. */
public class PushRejectedException extends RuntimeException {

    /** Why, as a metric tag and a problem type. */
    public enum Reason {
        MISSING_SIGNATURE("missing-signature"),
        WRONG_WITNESS("wrong-witness"),
        STALE_TIMESTAMP("stale-timestamp"),
        BAD_SIGNATURE("bad-signature"),
        REPLAYED("replayed");

        private final String tag;

        Reason(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }
    }

    private final Reason reason;

    public PushRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
