package dev.microcred.witness.ledger.append;

/** How a delta reached the witness; stored per leaf as {@code push} or {@code pull}. */
public enum Source {
    PUSH, PULL;

    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
