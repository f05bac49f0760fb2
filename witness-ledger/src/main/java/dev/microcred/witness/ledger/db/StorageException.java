package dev.microcred.witness.ledger.db;

import java.sql.SQLException;

/** The database failed; the transaction was rolled back. Answers 500, as nothing the caller did caused it. */
public class StorageException extends RuntimeException {
    public StorageException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
