package dev.microcred.forwarder.leadership;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Being the one active forwarder: holding a PostgreSQL session advisory lock on a connection of
 * its own. Not a pooled connection: the pool could hand the lock-holding session to someone else,
 * or keep it alive after we gave up. The lock lives exactly as long as the session, so a crashed
 * or cut-off leader releases it without anyone's help, and {@link #close()} releases it at once.
 *
 * <p>Framework-free on purpose: the election loop around it is a thin adapter, and this part is
 * tested against a real PostgreSQL with two sessions.
 */
public final class Leadership implements AutoCloseable {
    /** Opens a new, unpooled session. */
    @FunctionalInterface
    public interface Sessions {
        Connection open() throws SQLException;
    }

    private final Connection session;
    private final long lockKey;

    private Leadership(Connection session, long lockKey) {
        this.session = session;
        this.lockKey = lockKey;
    }

    /** The leadership, or empty when another session holds the lock. Never blocks. */
    public static Optional<Leadership> tryAcquire(Sessions sessions, long lockKey) throws SQLException {
        Connection session = sessions.open();
        try {
            if (ask(session, "select pg_try_advisory_lock(?)", lockKey)) {
                return Optional.of(new Leadership(session, lockKey));
            }
        } catch (SQLException | RuntimeException e) {
            session.close();
            throw e;
        }
        session.close();
        return Optional.empty();
    }

    /** True while the session is alive and still holds the lock; any doubt counts as lost. */
    public boolean held() {
        // A bigint key shows in pg_locks as its high half (classid) and low half (objid).
        String sql = "select count(*) > 0 from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()"
                + " and granted and objsubid = 1 and (classid::bigint << 32 | objid::bigint) = ?";
        try {
            return ask(session, sql, lockKey);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static boolean ask(Connection session, String sql, long key) throws SQLException {
        try (PreparedStatement q = session.prepareStatement(sql)) {
            q.setLong(1, key);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Ends the session, which releases the lock. */
    @Override
    public void close() {
        try {
            session.close();
        } catch (SQLException e) {
            // The session is already gone, and the lock with it.
        }
    }
}
