package dev.microcred.text;

/** Input that holds no verifiable text: no verify line, no marked HTML block, nothing to hash. */
public class VerifiableTextException extends RuntimeException {

    public VerifiableTextException(String message) {
        super(message);
    }
}
