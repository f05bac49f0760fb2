package dev.microcred.witness.verify;

/**
 * A witness answer that does not prove what it claims. Checked, because a refusal is an expected outcome of
 * checking an untrusted answer, and every caller has to decide what it means; the message is the reason shown to
 * the person verifying.
 */
public class NotVerifiedException extends Exception {

    private static final long serialVersionUID = 1L;

    public NotVerifiedException(String reason) {
        super(reason);
    }

    public NotVerifiedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
