package dev.microcred.witness.ledger.append.persistence;

import dev.microcred.merkle.Checkpoint;
import dev.microcred.merkle.Node;
import dev.microcred.merkle.SubtreeHashes;
import dev.microcred.witness.ledger.append.Leaf;
import dev.microcred.witness.ledger.append.LedgerWriter;
import dev.microcred.witness.ledger.append.Receipt;
import dev.microcred.witness.ledger.append.WitnessTime;
import dev.microcred.witness.ledger.db.StorageException;
import dev.microcred.witness.ledger.log.persistence.StoredSubtrees;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link LedgerWriter} on the connection of a write transaction (which holds the writer lock). */
final class JdbcLedgerWriter implements LedgerWriter {

    private final Connection connection;

    JdbcLedgerWriter(Connection connection) {
        this.connection = connection;
    }

    @Override
    public long size() {
        try (PreparedStatement select = connection.prepareStatement(
                "select coalesce(max(leaf_index) + 1, 0) from leaf"); ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    @Override
    public Map<String, Receipt> receiptsOf(Collection<String> deltaIds) {
        try (PreparedStatement select = connection.prepareStatement(
                "select delta_id, leaf_index, witnessed_at from leaf where delta_id = any(?)")) {
            select.setArray(1, connection.createArrayOf("text", deltaIds.toArray()));
            Map<String, Receipt> receipts = new HashMap<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    receipts.put(row.getString(1), new Receipt(row.getString(1), row.getLong(2),
                            WitnessTime.format(row.getObject(3, OffsetDateTime.class).toInstant())));
                }
            }
            return receipts;
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    @Override
    public SubtreeHashes subtrees() {
        return new StoredSubtrees(connection);
    }

    @Override
    public void insertLeaves(List<Leaf> leaves) {
        try (PreparedStatement insert = connection.prepareStatement("insert into leaf (leaf_index, delta_id, hash, "
                + "status, issuer_id, issuer_sequence, leaf_data, opening, witnessed_at, source) values (?,?,?,?,?,?,?,?,?,?)")) {
            for (Leaf leaf : leaves) {
                insert.setLong(1, leaf.index());
                insert.setString(2, leaf.delta().deltaId());
                insert.setString(3, leaf.delta().hash());
                insert.setString(4, leaf.delta().status());
                insert.setString(5, leaf.delta().issuerId());
                insert.setLong(6, leaf.delta().issuerSequence());
                insert.setString(7, leaf.text());
                insert.setString(8, leaf.opening());
                insert.setObject(9, OffsetDateTime.ofInstant(leaf.witnessedAt(), ZoneOffset.UTC));
                insert.setString(10, leaf.source().column());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    @Override
    public void insertSubtrees(List<Node> nodes) {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into subtree (level, idx, hash) values (?,?,?)")) {
            for (Node node : nodes) {
                insert.setInt(1, node.level());
                insert.setLong(2, node.index());
                insert.setBytes(3, node.hash());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    @Override
    public void insertCheckpoint(Checkpoint checkpoint, String note) {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into checkpoint (tree_size, root_hash, note) values (?,?,?)")) {
            insert.setLong(1, checkpoint.size());
            insert.setBytes(2, checkpoint.rootHash());
            insert.setString(3, note);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }
}
