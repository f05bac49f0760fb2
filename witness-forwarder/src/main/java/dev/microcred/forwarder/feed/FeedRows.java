package dev.microcred.forwarder.feed;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading {@link FeedRow}s from feed_delta, shared by the index and the parked-delta queries. */
public final class FeedRows {
    /** Select list, qualified so it also works in joins. */
    public static final String COLUMNS = "feed_delta.position, feed_delta.delta_id, feed_delta.hash,"
            + " feed_delta.issuer_id, feed_delta.issuer_sequence, feed_delta.delta_json";

    private FeedRows() {
    }

    public static FeedRow read(ResultSet rs) throws SQLException {
        return new FeedRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6));
    }
}
