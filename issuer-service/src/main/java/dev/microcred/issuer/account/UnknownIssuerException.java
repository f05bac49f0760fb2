package dev.microcred.issuer.account;

/** Answers 404: no issuer with this id. */
public class UnknownIssuerException extends RuntimeException {
    public UnknownIssuerException(String issuerId) {
        super("unknown issuer " + issuerId);
    }
}
