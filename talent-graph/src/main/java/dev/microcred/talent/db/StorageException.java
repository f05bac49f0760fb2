package dev.microcred.talent.db;

import java.sql.SQLException;

/** The database failed a statement; an outage, not bad input. Its message carries no parameter values. */
public class StorageException extends RuntimeException {

    public StorageException(SQLException cause) {
        super("database statement failed (SQLState " + cause.getSQLState() + ")", cause);
    }
}
