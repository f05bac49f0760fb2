package dev.microcred.forwarder.push;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * An operator's request to re-drive a witness's parked deltas, kept as a mark on the open parked
 * rows (parked_delta.redrive_requested_at) rather than in memory: any instance takes the request,
 * the leader's worker for the witness acts on it, and it survives a restart or a change of leader.
 * Times are the database's, so instances with different clocks agree.
 */
@ApplicationScoped
public class RedriveRequests {
    private final DataSource db;

    RedriveRequests(DataSource db) {
        this.db = db;
    }

    /** Marks the open parked deltas of the witness for re-drive; answers how many were marked. */
    public int request(String witnessId) {
        String sql = "update parked_delta set redrive_requested_at = now() where witness_id = ? and redriven_at is null";
        try (Connection c = db.getConnection(); PreparedStatement u = c.prepareStatement(sql)) {
            u.setString(1, witnessId);
            return u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not request a re-drive for " + witnessId, e);
        }
    }

    /** The latest re-drive request still open for the witness, if any (database time). */
    public Optional<Timestamp> latest(String witnessId) {
        String sql = "select max(redrive_requested_at) from parked_delta where witness_id = ? and redriven_at is null";
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, witnessId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getTimestamp(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read re-drive requests of " + witnessId, e);
        }
    }

    /**
     * After a failed re-drive: the deltas stay parked until an operator asks again. A request made
     * while the re-drive ran (later than {@code upTo}) is kept, so it is not lost.
     */
    public void drop(String witnessId, Timestamp upTo) {
        String sql = "update parked_delta set redrive_requested_at = null where witness_id = ? and redriven_at is null"
                + " and redrive_requested_at <= ?";
        try (Connection c = db.getConnection(); PreparedStatement u = c.prepareStatement(sql)) {
            u.setString(1, witnessId);
            u.setTimestamp(2, upTo);
            u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the re-drive request of " + witnessId, e);
        }
    }
}
