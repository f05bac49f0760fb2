package dev.microcred.witness.ledger.db;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Local JDBC transactions, without JTA: every write to the log runs under one transaction-scoped advisory lock, so
 * there is exactly one appender at a time across all instances sharing the database, and the lock is released by
 * the commit or rollback itself (never leaked by a crash). Reads run in one repeatable-read snapshot each.
 */
@ApplicationScoped
public class Transactions {

    /** Any constant works; this one spells "WitnessL" so that it is recognisable in pg_locks. */
    static final long WRITER_LOCK = 0x5769746e6573734cL;

    private final DataSource dataSource;

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> T write(SqlWork<T> work) {
        return inTransaction(Connection.TRANSACTION_READ_COMMITTED, connection -> {
            try (Statement lock = connection.createStatement()) {
                lock.execute("select pg_advisory_xact_lock(" + WRITER_LOCK + ")");
            }
            return work.run(connection);
        });
    }

    public <T> T read(SqlWork<T> work) {
        return inTransaction(Connection.TRANSACTION_REPEATABLE_READ, work);
    }

    private <T> T inTransaction(int isolation, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(isolation);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }
}
