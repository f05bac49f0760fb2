package dev.microcred.forwarder.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Table feed_delta: every delta once (de-duplicated on delta_id), numbered by position in the
 * order the feed consumer inserted it. Push workers and the pull feed read it by position;
 * "matching" means the delta names at least one of the witness's jurisdictions.
 *
 * <p>Positions are safe cursors only if no reader can see position n+1 committed before n. One
 * leader inserts, but for up to one leadership interval an old leader may still be inserting too,
 * so each append also takes a transaction-scoped advisory lock: appends are serialized whatever
 * the instances believe about leadership.
 */
@ApplicationScoped
public class FeedIndex {
    /** "feedappd": not the leadership key, which the leader's own session holds. */
    private static final long APPEND_LOCK_KEY = 0x6665656461707064L;
    private final DataSource db;

    FeedIndex(DataSource db) {
        this.db = db;
    }

    /** Inserts in one transaction; a delta seen before (redelivery after a crash) is skipped. */
    public void append(List<IndexedDelta> deltas) throws SQLException {
        if (deltas.isEmpty()) {
            return;
        }
        String sql = "insert into feed_delta (delta_id, hash, issuer_id, issuer_sequence, jurisdictions, changed_at,"
                + " delta_json) values (?, ?, ?, ?, ?, ?, ?) on conflict (delta_id) do nothing";
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement serialize = c.prepareStatement("select pg_advisory_xact_lock(?)");
                    PreparedStatement insert = c.prepareStatement(sql)) {
                serialize.setLong(1, APPEND_LOCK_KEY);
                serialize.executeQuery().close();
                for (IndexedDelta d : deltas) {
                    insert.setString(1, d.deltaId());
                    insert.setString(2, d.hash());
                    insert.setString(3, d.issuerId());
                    insert.setLong(4, d.issuerSequence());
                    insert.setArray(5, c.createArrayOf("text", d.jurisdictions().toArray()));
                    insert.setTimestamp(6, Timestamp.from(d.changedAt()));
                    insert.setString(7, d.deltaJson());
                    insert.addBatch();
                }
                // One batch: the driver sends the rows together instead of waiting on each.
                insert.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Up to {@code limit} matching rows after {@code position}, oldest first. */
    public List<FeedRow> after(long position, List<String> jurisdictions, int limit) {
        String sql = "select " + FeedRows.COLUMNS + " from feed_delta"
                + " where position > ? and jurisdictions && ? order by position limit ?";
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, position);
            q.setArray(2, codes(c, jurisdictions));
            q.setInt(3, limit);
            List<FeedRow> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(FeedRows.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the feed index", e);
        }
    }

    public Lag lag(long position, List<String> jurisdictions) {
        String sql = "select count(*), min(indexed_at) from feed_delta where position > ? and jurisdictions && ?";
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, position);
            q.setArray(2, codes(c, jurisdictions));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                Timestamp oldest = rs.getTimestamp(2);
                return new Lag(rs.getLong(1), Optional.ofNullable(oldest).map(Timestamp::toInstant));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not measure lag", e);
        }
    }

    private static Array codes(Connection c, List<String> jurisdictions) throws SQLException {
        return c.createArrayOf("text", jurisdictions.toArray());
    }
}
