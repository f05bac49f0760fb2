package dev.microcred.issuer.ingress.messaging;

/** The bytes of a training.completions record are no TrainingCompletion and never will be. */
final class UnreadableCompletionException extends RuntimeException {
    UnreadableCompletionException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
