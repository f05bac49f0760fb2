package dev.microcred.forwarder.pull;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Table pull_cursor: the highest position a pull witness has fetched. Only the lag metric reads
 * it; the feed itself is stateless (any cursor may be replayed), so it only ever grows.
 */
@ApplicationScoped
public class PullCursorStore {
    private final DataSource db;

    PullCursorStore(DataSource db) {
        this.db = db;
    }

    public void fetched(String witnessId, long position) {
        String sql = "update pull_cursor set position = greatest(position, ?) where witness_id = ?";
        try (Connection c = db.getConnection(); PreparedStatement u = c.prepareStatement(sql)) {
            u.setLong(1, position);
            u.setString(2, witnessId);
            u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the pull cursor of " + witnessId, e);
        }
    }

    public long cursor(String witnessId) {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("select position from pull_cursor where witness_id = ?")) {
            q.setString(1, witnessId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the pull cursor of " + witnessId, e);
        }
    }
}
