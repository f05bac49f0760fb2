package dev.microcred.forwarder.push;

import dev.microcred.forwarder.feed.FeedRow;
import dev.microcred.forwarder.feed.FeedRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Push progress per witness: the cursor (table push_cursor) and the parked deltas. Parking and
 * moving the cursor past them happen in one transaction, so a delta is never both skipped and
 * not parked. "Open" parked deltas are those not yet re-driven (re-drive requests: {@link RedriveRequests}).
 */
@ApplicationScoped
public class DeliveryStore {
    private final DataSource db;

    DeliveryStore(DataSource db) {
        this.db = db;
    }

    public long cursor(String witnessId) {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("select position from push_cursor where witness_id = ?")) {
            q.setString(1, witnessId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the push cursor of " + witnessId, e);
        }
    }

    /** Parks {@code park} (may be empty) and moves the cursor to {@code position}, atomically. */
    public void advance(String witnessId, long position, List<FeedRow> park, int attempts, String lastError, Instant now) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement parking = c.prepareStatement("insert into parked_delta (witness_id, position,"
                    + " delta_id, hash, parked_at, attempts, last_error) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing");
                    PreparedStatement move = c.prepareStatement(
                            "update push_cursor set position = greatest(position, ?) where witness_id = ?")) {
                for (FeedRow row : park) {
                    parking.setString(1, witnessId);
                    parking.setLong(2, row.position());
                    parking.setString(3, row.deltaId());
                    parking.setString(4, row.hash());
                    parking.setTimestamp(5, Timestamp.from(now));
                    parking.setInt(6, attempts);
                    parking.setString(7, lastError);
                    parking.addBatch();
                }
                parking.executeBatch();
                move.setLong(1, position);
                move.setString(2, witnessId);
                move.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not advance the push cursor of " + witnessId, e);
        }
    }

    /** Which of these hashes already have an open parked delta for the witness. */
    public Set<String> parkedHashes(String witnessId, Collection<String> hashes) {
        String sql = "select distinct hash from parked_delta where witness_id = ? and redriven_at is null and hash = any(?)";
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, witnessId);
            q.setArray(2, c.createArrayOf("text", hashes.toArray()));
            Set<String> parked = new HashSet<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    parked.add(rs.getString(1));
                }
            }
            return parked;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read parked deltas of " + witnessId, e);
        }
    }

    /** The oldest open parked deltas, as feed rows to deliver again. */
    public List<FeedRow> openParkedRows(String witnessId, int limit) {
        String sql = "select " + FeedRows.COLUMNS + " from parked_delta join feed_delta on feed_delta.position = parked_delta.position"
                + " where witness_id = ? and redriven_at is null order by parked_delta.position limit ?";
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, witnessId);
            q.setInt(2, limit);
            List<FeedRow> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(FeedRows.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read parked deltas of " + witnessId, e);
        }
    }

    /** Closes parked rows after a successful re-drive; the rows stay for audit. */
    public void markRedriven(String witnessId, List<FeedRow> rows, Instant now) {
        String sql = "update parked_delta set redriven_at = ? where witness_id = ? and position = any(?)";
        try (Connection c = db.getConnection(); PreparedStatement u = c.prepareStatement(sql)) {
            u.setTimestamp(1, Timestamp.from(now));
            u.setString(2, witnessId);
            u.setArray(3, c.createArrayOf("bigint", rows.stream().map(FeedRow::position).toArray()));
            u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not close parked deltas of " + witnessId, e);
        }
    }

    public List<ParkedDelta> openParked(String witnessId) {
        String sql = "select delta_id, hash, position, parked_at, attempts, last_error from parked_delta"
                + " where witness_id = ? and redriven_at is null order by position";
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, witnessId);
            List<ParkedDelta> parked = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    parked.add(new ParkedDelta(rs.getString(1), rs.getString(2), rs.getLong(3),
                            rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getString(6)));
                }
            }
            return parked;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read parked deltas of " + witnessId, e);
        }
    }
}
