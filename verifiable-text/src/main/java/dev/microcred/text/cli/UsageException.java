package dev.microcred.text.cli;

/** A command line the tool cannot run; the message says which argument is wrong. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
