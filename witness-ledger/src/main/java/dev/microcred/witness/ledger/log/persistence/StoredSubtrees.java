package dev.microcred.witness.ledger.log.persistence;

import dev.microcred.merkle.SubtreeHashes;
import dev.microcred.witness.ledger.db.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The subtree table as {@link SubtreeHashes}, one primary-key lookup per hash on the caller's connection. A proof
 * reads O(log n) of them, so a query each is cheap enough; the rows never change, so any snapshot answers alike.
 */
public final class StoredSubtrees implements SubtreeHashes {

    private final Connection connection;

    public StoredSubtrees(Connection connection) {
        this.connection = connection;
    }

    @Override
    public byte[] hash(int level, long index) {
        try (PreparedStatement select = connection.prepareStatement(
                "select hash from subtree where level = ? and idx = ?")) {
            select.setInt(1, level);
            select.setLong(2, index);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no stored subtree at level " + level + ", index " + index);
                }
                return row.getBytes(1);
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }
}
