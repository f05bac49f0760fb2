package dev.microcred.issuer.account;

/** Answers 404: the issuer has no API key with this id. */
public class UnknownApiKeyException extends RuntimeException {
    public UnknownApiKeyException(String keyId) {
        super("unknown API key " + keyId);
    }
}
