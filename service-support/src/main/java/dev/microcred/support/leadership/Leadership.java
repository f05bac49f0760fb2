package dev.microcred.support.leadership;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * Being the one instance that runs a job (the issuer's outbox relay, the forwarder's feed and
 * pushes): holding a PostgreSQL session advisory lock on a connection of its own. Not a pooled
 * connection: the pool could hand the lock-holding session to someone else, or keep it alive after
 * we gave up. The lock lives exactly as long as the session, so a crashed or cut-off leader
 * releases it without anyone's help, and {@link #close()} releases it at once.
 *
 * <p>Framework-free on purpose: the loops around it are thin adapters, and this part is tested
 * against a real PostgreSQL with two sessions. Each job uses a lock key of its own.
 */
public final class Leadership implements AutoCloseable {
    /** Opens a new, unpooled session. */
    @FunctionalInterface
    public interface Sessions {
        Connection open() throws SQLException;

        /**
         * Sessions that fail fast when the server or network is gone, so a lost leader notices, and
         * that a dead leader host cannot keep the lock on the server for hours: the server sends
         * keepalives every 2 s after 5 s of silence and gives up on the session within about 11 s
         * (10 s TCP user timeout). {@code socketTimeout} bounds each query on this side.
         */
        static Sessions of(String jdbcUrl, String user, String password, String applicationName,
                Duration socketTimeout) {
            Properties properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", password);
            properties.setProperty("ApplicationName", applicationName);
            properties.setProperty("tcpKeepAlive", "true");
            properties.setProperty("connectTimeout", "10");
            properties.setProperty("socketTimeout", Long.toString(Math.max(1, socketTimeout.toSeconds())));
            properties.setProperty("options", "-c tcp_keepalives_idle=5 -c tcp_keepalives_interval=2"
                    + " -c tcp_keepalives_count=3 -c tcp_user_timeout=10000");
            return () -> DriverManager.getConnection(jdbcUrl, properties);
        }
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
