package dev.microcred.issuer.ingress;

/** Answers 400: a platform id that cannot be authorized, because completion keys could not tell it apart. */
public class InvalidPlatformIdException extends RuntimeException {
    public InvalidPlatformIdException() {
        super("a platform id is " + CompletionKey.PLATFORM_ID_RULE);
    }
}
