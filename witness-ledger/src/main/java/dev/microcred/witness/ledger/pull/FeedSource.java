package dev.microcred.witness.ledger.pull;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Where deltas are pulled from: the lines after a cursor (from the start when empty), oldest first. */
public interface FeedSource {
    List<FeedLine> after(Optional<String> cursor) throws IOException, InterruptedException;
}
