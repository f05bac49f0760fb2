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

    private UnstorableValue() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && s.getSQLState().startsWith(DATA_EXCEPTION_CLASS)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
