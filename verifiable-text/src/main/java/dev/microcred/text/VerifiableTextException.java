package dev.microcred.text;

/** Input that holds no verifiable text: no verify line, no marked HTML block, nothing to hash. */
public class VerifiableTextException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VerifiableTextException(String message) {
        super(message);
    }
}
