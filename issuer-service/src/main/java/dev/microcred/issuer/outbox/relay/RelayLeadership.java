package dev.microcred.issuer.outbox.relay;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Only one relay publishes per database: the holder of a PostgreSQL session advisory lock, on a
 * connection of its own (not from the pool, which could hand a lock-holding session to someone
 * else). If the connection dies the lock is released and another instance takes over; the
 * transactional id then fences the old producer.
 * <p>
 * A host that dies without closing its connections would leave the server holding the lock until
 * its TCP stack gave up (hours by default). The session asks the server for keepalives every 2 s
 * after 5 s of silence and a 10 s TCP user timeout, so a dead relay's lock goes within about 11 s;
 * on this side a socket timeout makes a leader cut off from the server notice within 10 s.
 */
final class RelayLeadership implements AutoCloseable {
    private static final long LOCK_KEY = 0x6d6963726f637265L; // "microcre"

    private final Connection connection;

    private RelayLeadership(Connection connection) {
        this.connection = connection;
    }

    /** The leadership, or null when another instance holds it. */
    static RelayLeadership tryAcquire(String jdbcUrl, String user, String password) throws SQLException {
        Connection connection = DriverManager.getConnection(jdbcUrl, sessionProperties(user, password));
        if (query(connection, "select pg_try_advisory_lock(" + LOCK_KEY + ")")) {
            return new RelayLeadership(connection);
        }
        connection.close();
        return null;
    }

    static Properties sessionProperties(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "issuer-outbox-relay-leadership");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", "10");
        properties.setProperty("options", "-c tcp_keepalives_idle=5 -c tcp_keepalives_interval=2 -c tcp_keepalives_count=3"
                + " -c tcp_user_timeout=10000");
        return properties;
    }

    /** True while this session still holds the lock. */
    boolean held() {
        try {
            return query(connection, "select count(*) > 0 from pg_locks where locktype = 'advisory'"
                    + " and pid = pg_backend_pid() and granted");
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean query(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            // Closing the session releases the lock.
            connection.close();
        } catch (SQLException e) {
            // Already gone, and the lock with it.
        }
    }
}
