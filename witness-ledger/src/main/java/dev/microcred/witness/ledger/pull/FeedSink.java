package dev.microcred.witness.ledger.pull;

import java.util.List;
import java.util.Optional;

/** Where pulled deltas go: appended together with the cursor of the last line, so the two never disagree. */
public interface FeedSink {

    /** The cursor after the last batch taken, if any. */
    Optional<String> cursor();

    void accept(List<FeedLine> lines);
}
