package dev.microcred.witness.ledger.pull.http;

import dev.microcred.witness.ledger.append.persistence.LedgerAppends;
import dev.microcred.witness.ledger.delta.InvalidDeltaException;
import dev.microcred.witness.ledger.delta.WireDelta;
import dev.microcred.witness.ledger.pull.FeedLine;
import dev.microcred.witness.ledger.pull.FeedSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Appends one feed answer as one batch, moving the feed's stored cursor in the same transaction. */
final class PulledDeltas implements FeedSink {

    private final String feedUrl;
    private final LedgerAppends appends;

    PulledDeltas(String feedUrl, LedgerAppends appends) {
        this.feedUrl = feedUrl;
        this.appends = appends;
    }

    @Override
    public Optional<String> cursor() {
        return appends.cursor(feedUrl);
    }

    @Override
    public void accept(List<FeedLine> lines) {
        List<WireDelta> deltas = new ArrayList<>();
        for (FeedLine line : lines) {
            try {
                deltas.add(WireDelta.of(line.delta()));
            } catch (InvalidDeltaException e) {
                throw new InvalidDeltaException("at cursor " + line.cursor() + ": " + e.getMessage());
            }
        }
        appends.pulled(feedUrl, lines.get(lines.size() - 1).cursor(), deltas);
    }
}
