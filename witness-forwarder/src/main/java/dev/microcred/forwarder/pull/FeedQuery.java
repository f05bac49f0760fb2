package dev.microcred.forwarder.pull;

import java.util.regex.Pattern;

/**
 * The query of {@code GET /feeds/{witnessId}} (docs/witnessing.md §3): resume after a cursor
 * (opaque to witnesses; today a decimal position, none = from the beginning), at most
 * {@code limit} lines (1..1000, default 500), held up to {@code wait} seconds (0..30, default 0).
 */
public record FeedQuery(long after, int limit, int waitSeconds) {
    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1000;
    public static final int MAX_WAIT_SECONDS = 30;
    private static final Pattern CURSOR = Pattern.compile("0|[1-9][0-9]{0,17}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");

    public static FeedQuery parse(String after, String limit, String wait) {
        long cursor = 0;
        if (after != null && !after.isEmpty()) {
            if (!CURSOR.matcher(after).matches()) {
                throw new InvalidFeedQueryException("after must be a cursor from this feed");
            }
            cursor = Long.parseLong(after);
        }
        int lines = number(limit, DEFAULT_LIMIT, 1, MAX_LIMIT, "limit");
        int seconds = number(wait, 0, 0, MAX_WAIT_SECONDS, "wait");
        return new FeedQuery(cursor, lines, seconds);
    }

    private static int number(String raw, int fallback, int min, int max, String name) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        int value = NUMBER.matcher(raw).matches() ? Integer.parseInt(raw) : -1;
        if (value < min || value > max) {
            throw new InvalidFeedQueryException(name + " must be a whole number from " + min + " to " + max);
        }
        return value;
    }
}
