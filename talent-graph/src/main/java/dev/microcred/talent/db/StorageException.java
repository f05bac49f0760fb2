package dev.microcred.talent.db;

import java.sql.SQLException;

/** The database failed a statement; an outage, not bad input. Its message carries no parameter values. */
public class StorageException extends RuntimeException {

    private final boolean refusedValue;

    public StorageException(SQLException cause) {
        super("database statement failed (SQLState " + cause.getSQLState() + ")", cause);
        this.refusedValue = cause.getSQLState() != null && cause.getSQLState().startsWith("22");
    }

    /** PostgreSQL refused a value (SQLState class 22: data exception), so retrying cannot help. */
    public boolean refusedValue() {
        return refusedValue;
    }
}
