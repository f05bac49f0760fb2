package dev.microcred.schemas;

import com.microsoft.kiota.ApiException;

/** A consumed record that was refused: where it came from, its bytes as read, and why (never its content). */
public record Rejection(String topic, int partition, long offset, byte[] key, byte[] value, String reason) {
    private static final int MAX_REASON = 500;

    /**
     * The reason a record could not be read, for the {@code reason} header: {@code Type: message}, and
     * the root cause the same way when it is another exception. Exception types and messages of the
     * decoding stack name schemas and positions, never the record's content.
     */
    public static String reasonFor(Throwable failure) {
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
