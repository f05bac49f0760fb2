package dev.microcred.deploy;

import java.sql.DriverManager;
import java.util.function.Consumer;

/** Reads and writes a database of the stack's PostgreSQL as its superuser, the way an operator would with psql. */
final class StackDatabase {
    private StackDatabase() {
    }

    /** The database of a witness firm's ledger. */
    static String ledgerOf(WitnessLedger witness) {
        return "ledger_" + witness.firm().id().replace('-', '_');
    }

    /** Each row's columns as text. */
    static void query(LocalStack stack, String database, String sql, Consumer<String[]> row) {
        try (var c = DriverManager.getConnection(stack.jdbcUrl(database), "postgres", "postgres");
                var rs = c.createStatement().executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] values = new String[columns];
                for (int i = 0; i < columns; i++) {
                    values[i] = rs.getString(i + 1);
                }
                row.accept(values);
            }
        } catch (Exception e) {
            throw new AssertionError(sql + " on " + database, e);
        }
    }

    static int execute(LocalStack stack, String database, String sql) {
        try (var c = DriverManager.getConnection(stack.jdbcUrl(database), "postgres", "postgres")) {
            return c.createStatement().executeUpdate(sql);
        } catch (Exception e) {
            throw new AssertionError(sql + " on " + database, e);
        }
    }
}
