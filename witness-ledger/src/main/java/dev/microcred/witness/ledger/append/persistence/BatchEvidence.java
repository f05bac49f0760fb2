package dev.microcred.witness.ledger.append.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * What a batch arrived with, written in the batch's own transaction: the raw signed push body (evidence, and the
 * replay guard through its primary key) or the feed cursor (so a restart resumes exactly after the last batch).
 */
final class BatchEvidence {

    private BatchEvidence() {
    }

    /** False if this signature was accepted before: the request is a replay. */
    static boolean recordPush(Connection connection, String signature, long timestamp, String body)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into push_batch "
                + "(signature, witness_timestamp, body) values (?,?,?) on conflict (signature) do nothing")) {
            insert.setString(1, signature);
            insert.setLong(2, timestamp);
            insert.setString(3, body);
            return insert.executeUpdate() == 1;
        }
    }

    static void recordCursor(Connection connection, String feedUrl, String cursor) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("insert into pull_cursor (feed_url, cursor) "
                + "values (?,?) on conflict (feed_url) do update set cursor = excluded.cursor, updated_at = now()")) {
            upsert.setString(1, feedUrl);
            upsert.setString(2, cursor);
            upsert.executeUpdate();
        }
    }
}
