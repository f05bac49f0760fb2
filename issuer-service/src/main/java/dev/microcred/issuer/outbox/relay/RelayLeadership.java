package dev.microcred.issuer.outbox.relay;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Only one relay publishes per database: the holder of a PostgreSQL session advisory lock. If
 * its connection dies the lock is released and another instance takes over; the transactional id
 * then fences the old producer.
 */
final class RelayLeadership implements AutoCloseable {
    private static final long LOCK_KEY = 0x6d6963726f637265L; // "microcre"

    private final Connection connection;

    private RelayLeadership(Connection connection) {
        this.connection = connection;
    }

    /** The leadership, or null when another instance holds it. */
    static RelayLeadership tryAcquire(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select pg_try_advisory_lock(" + LOCK_KEY + ")")) {
            if (rs.next() && rs.getBoolean(1)) {
                return new RelayLeadership(connection);
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return null;
    }

    boolean held() {
        try {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try (connection; Statement s = connection.createStatement()) {
            s.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
        } catch (SQLException e) {
            // The session ends with the connection, and the lock with it.
        }
    }
}
