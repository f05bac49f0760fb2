package dev.microcred.issuer.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Telling a value PostgreSQL refuses (never mended by retrying) from a failure that passes. */
class UnstorableValueTest {

    @Test
    void aValueTooLongDeepInsideTheWrappersIsUnstorable() {
        // Given "value too long" (22001) as Hibernate and the transaction manager wrap it
        Throwable wrapped = new IllegalStateException("commit failed",
                new PersistenceException("could not execute batch", new SQLException("value too long", "22001")));
        assertTrue(UnstorableValue.causes(wrapped));
    }

    @Test
    void aNulInTextBehindABatchUpdateIsUnstorable() {
        // Given pgjdbc's batch failure, whose own state is generic and whose next exception says why
        BatchUpdateException batch = new BatchUpdateException("Batch entry 3 was aborted", "", new int[0]);
        batch.setNextException(new SQLException("invalid byte sequence for encoding UTF8: 0x00", "22021"));
        assertTrue(UnstorableValue.causes(new PersistenceException(batch)));
    }

    @Test
    void aValueRefusedAtCommitIsFoundAmongTheSuppressed() {
        // Given the shape a failed commit takes: a rollback whose SQL error is only a suppressed exception
        IllegalStateException rollback = new IllegalStateException("rollback", new Throwable("setRollbackOnly called from:"));
        rollback.addSuppressed(new PersistenceException(new SQLException("value too long", "22001")));
        assertTrue(UnstorableValue.causes(new RuntimeException(rollback)));
    }

    @Test
    void aLostConnectionOrAConflictIsNot() {
        assertFalse(UnstorableValue.causes(new PersistenceException(new SQLException("connection lost", "08006"))));
        assertFalse(UnstorableValue.causes(new SQLException("duplicate key", "23505")));
        assertFalse(UnstorableValue.causes(new IllegalStateException("no SQL here")));
    }
}
