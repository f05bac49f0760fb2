package dev.microcred.talent.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** One statement on a connection of its own (its own transaction), parameters bound in order; failures as {@link StorageException}. */
public final class Statements {

    /** Reads one row. */
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final DataSource db;

    public Statements(DataSource db) {
        this.db = db;
    }

    public int update(String sql, Object... parameters) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    public <T> Optional<T> first(String sql, RowReader<T> reader, Object... parameters) {
        List<T> rows = all(sql, reader, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public <T> List<T> all(String sql, RowReader<T> reader, Object... parameters) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet row = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (row.next()) {
                rows.add(reader.read(row));
            }
            return rows;
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
