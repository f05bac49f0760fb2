package dev.microcred.forwarder.feed;

import com.microsoft.kiota.ApiException;

/**
 * A status-deltas record that can never become a StatusDelta: not in the registry's wire format,
 * an unknown schema id, bytes that do not decode, or a schema that does not resolve to StatusDelta.
 * Its message is the reason recorded on the rejection topic: exception types and messages from the
 * decoding stack, never the record's content.
 */
public class UnreadableDeltaException extends RuntimeException {
    private static final int MAX_REASON = 500;

    public UnreadableDeltaException(RuntimeException cause) {
        super(reason(cause), cause);
    }

    /** {@code Type: message}, and the root cause the same way when it is another exception. */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = describe(failure) + (root == failure ? "" : " (cause: " + describe(root) + ")");
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }

    private static String describe(Throwable t) {
        // The registry client's 404 carries no message, only its status.
        String message = t.getMessage() == null && t instanceof ApiException
                ? "registry answered HTTP " + ((ApiException) t).getResponseStatusCode() : t.getMessage();
        return t.getClass().getName() + ": " + message;
    }
}
