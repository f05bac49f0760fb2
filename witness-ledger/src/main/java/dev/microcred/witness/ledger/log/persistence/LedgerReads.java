package dev.microcred.witness.ledger.log.persistence;

import dev.microcred.merkle.SubtreeHashes;
import dev.microcred.witness.ledger.append.WitnessTime;
import dev.microcred.witness.ledger.db.StorageException;
import dev.microcred.witness.ledger.db.Transactions;
import dev.microcred.witness.ledger.log.StoredCheckpoint;
import dev.microcred.witness.ledger.log.StoredLeaf;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Read-only queries of the log. {@link #atLatest} runs a whole answer in one snapshot: the latest checkpoint, the
 * rows it concerns and the subtrees for its proofs, so an answer never mixes two tree sizes.
 */
@ApplicationScoped
public class LedgerReads {

    private static final String LEAF_COLUMNS = "leaf_index, leaf_data, witnessed_at, status, issuer_sequence, opening";

    private final Transactions transactions;

    LedgerReads(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Runs {@code answer} with the latest checkpoint and this snapshot's reads; empty if nothing is signed yet. */
    public <T> Optional<T> atLatest(BiFunction<StoredCheckpoint, Snapshot, T> answer) {
        return transactions.read(connection -> {
            Snapshot snapshot = new Snapshot(connection);
            return snapshot.latestCheckpoint().map(latest -> answer.apply(latest, snapshot));
        });
    }

    public Optional<String> checkpointNote(long size) {
        return transactions.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select note from checkpoint where tree_size = ?")) {
                select.setLong(1, size);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Reads within one snapshot; valid only inside {@link #atLatest}. */
    public static final class Snapshot {
        private final Connection connection;

        Snapshot(Connection connection) {
            this.connection = connection;
        }

        public SubtreeHashes subtrees() {
            return new StoredSubtrees(connection);
        }

        Optional<StoredCheckpoint> latestCheckpoint() throws SQLException {
            try (PreparedStatement select = connection.prepareStatement(
                    "select tree_size, root_hash, note from checkpoint order by tree_size desc limit 1");
                    ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new StoredCheckpoint(row.getLong(1), row.getBytes(2),
                        row.getString(3))) : Optional.empty();
            }
        }

        public List<StoredLeaf> leaves(long start, int limit, long belowSize) {
            return query("select " + LEAF_COLUMNS + " from leaf where leaf_index >= ? and leaf_index < ? "
                    + "order by leaf_index limit " + limit, start, belowSize);
        }

        public List<StoredLeaf> leavesOf(String hash, long belowSize) {
            return query("select " + LEAF_COLUMNS + " from leaf where hash = ? and leaf_index < ? "
                    + "order by leaf_index", hash, belowSize);
        }

        private List<StoredLeaf> query(String sql, Object first, long belowSize) {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, first);
                select.setLong(2, belowSize);
                List<StoredLeaf> leaves = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        leaves.add(new StoredLeaf(row.getLong(1), row.getString(2),
                                WitnessTime.format(row.getObject(3, OffsetDateTime.class).toInstant()),
                                row.getString(4), row.getLong(5), row.getString(6)));
                    }
                }
                return leaves;
            } catch (SQLException e) {
                throw new StorageException(e);
            }
        }
    }
}
