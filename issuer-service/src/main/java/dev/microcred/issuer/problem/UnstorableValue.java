package dev.microcred.issuer.problem;

import java.sql.SQLException;

/**
 * Whether a failure is PostgreSQL refusing a value itself (SQLState class 22, "data exception": too
 * long, a NUL in text, out of range), which sending the same value again cannot mend, unlike a lost
 * connection. Validation keeps such values out; this is the net behind it.
 */
public final class UnstorableValue {
    /** Says what was wrong without the value, which may be personal data. */
    public static final String DESCRIPTION = "a value is too long for, or cannot be stored in, the issuer's database";
    private static final String DATA_EXCEPTION_CLASS = "22";
    private static final int MAX_DEPTH = 32;

    private UnstorableValue() {
    }

    /** Looks through causes, suppressed exceptions (where a failed commit keeps its SQL error) and next exceptions. */
    public static boolean causes(Throwable failure) {
        return causes(failure, 0);
    }

    private static boolean causes(Throwable t, int depth) {
        if (t == null || depth > MAX_DEPTH) {
            return false;
        }
        if (t instanceof SQLException sql && (isDataException(sql) || causes(sql.getNextException(), depth + 1))) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (causes(suppressed, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && causes(t.getCause(), depth + 1);
    }

    private static boolean isDataException(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith(DATA_EXCEPTION_CLASS);
    }
}
