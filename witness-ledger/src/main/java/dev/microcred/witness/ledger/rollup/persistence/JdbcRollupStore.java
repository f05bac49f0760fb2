package dev.microcred.witness.ledger.rollup.persistence;

import dev.microcred.witness.ledger.append.WitnessTime;
import dev.microcred.witness.ledger.db.Transactions;
import dev.microcred.witness.ledger.log.StoredCheckpoint;
import dev.microcred.witness.ledger.rollup.Rollup;
import dev.microcred.witness.ledger.rollup.RollupStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JdbcRollupStore implements RollupStore {

    private static final String DUE = "select c.tree_size, c.root_hash, c.note from checkpoint c "
            + "where c.tree_size > (select coalesce(max(tree_size), 0) from rollup) order by c.tree_size desc limit 1";
    private static final String COLUMNS = "id, tree_size, root_hash, note, created_at, anchor";

    private final Transactions transactions;

    JdbcRollupStore(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<StoredCheckpoint> due() {
        return transactions.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(DUE); ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new StoredCheckpoint(row.getLong(1), row.getBytes(2),
                        row.getString(3))) : Optional.<StoredCheckpoint>empty();
            }
        });
    }

    @Override
    public Optional<Rollup> record(StoredCheckpoint checkpoint, Optional<String> anchor) {
        // Under the writer lock, so two instances' jobs cannot both record the same size.
        return transactions.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into rollup (tree_size, root_hash, "
                    + "note, anchor) select ?, ?, ?, ? where ? > (select coalesce(max(tree_size), 0) from rollup) "
                    + "returning " + COLUMNS)) {
                insert.setLong(1, checkpoint.treeSize());
                insert.setBytes(2, checkpoint.rootHash());
                insert.setString(3, checkpoint.note());
                insert.setString(4, anchor.orElse(null));
                insert.setLong(5, checkpoint.treeSize());
                try (ResultSet row = insert.executeQuery()) {
                    return row.next() ? Optional.of(rollup(row)) : Optional.<Rollup>empty();
                }
            }
        });
    }

    @Override
    public List<Rollup> all() {
        return transactions.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from rollup order by id");
                    ResultSet row = select.executeQuery()) {
                List<Rollup> rollups = new ArrayList<>();
                while (row.next()) {
                    rollups.add(rollup(row));
                }
                return rollups;
            }
        });
    }

    private static Rollup rollup(ResultSet row) throws SQLException {
        return new Rollup(row.getLong(1), row.getLong(2), Base64.getEncoder().encodeToString(row.getBytes(3)),
                row.getString(4), WitnessTime.format(row.getObject(5, OffsetDateTime.class).toInstant()),
                row.getString(6));
    }
}
