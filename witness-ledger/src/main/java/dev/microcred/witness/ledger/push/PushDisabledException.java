package dev.microcred.witness.ledger.push;

/** Answers 404: this witness takes no pushes (no ledger.push.secret), so the endpoint does not exist for it. */
public class PushDisabledException extends RuntimeException {
    public PushDisabledException() {
        super("this witness does not accept pushes: no push secret is configured");
    }
}
