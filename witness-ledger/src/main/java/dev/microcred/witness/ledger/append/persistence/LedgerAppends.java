package dev.microcred.witness.ledger.append.persistence;

import dev.microcred.witness.ledger.append.Appended;
import dev.microcred.witness.ledger.append.Ledger;
import dev.microcred.witness.ledger.append.Source;
import dev.microcred.witness.ledger.db.Transactions;
import dev.microcred.witness.ledger.delta.WireDelta;
import dev.microcred.witness.ledger.metrics.LedgerMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

/**
 * The two ways a batch enters the log, each one transaction under the writer lock: the batch's evidence (push body
 * or feed cursor) and its leaves, subtrees and checkpoint commit together or not at all.
 */
@ApplicationScoped
public class LedgerAppends {

    private final Transactions transactions;
    private final Ledger ledger;
    private final LedgerMetrics metrics;

    LedgerAppends(Transactions transactions, Ledger ledger, LedgerMetrics metrics) {
        this.transactions = transactions;
        this.ledger = ledger;
        this.metrics = metrics;
    }

    /** Appends a signed push; empty if its signature was accepted before (a replay), in which case nothing changes. */
    public Optional<Appended> pushed(String signature, long timestamp, String body, List<WireDelta> deltas) {
        Optional<Appended> appended = transactions.write(connection ->
                BatchEvidence.recordPush(connection, signature, timestamp, body)
                        ? Optional.of(ledger.append(new JdbcLedgerWriter(connection), deltas, Source.PUSH))
                        : Optional.empty());
        appended.ifPresent(metrics::appended);
        return appended;
    }

    /** Appends deltas read from a feed and moves the feed's cursor past them. */
    public Appended pulled(String feedUrl, String lastCursor, List<WireDelta> deltas) {
        Appended appended = transactions.write(connection -> {
            Appended result = ledger.append(new JdbcLedgerWriter(connection), deltas, Source.PULL);
            BatchEvidence.recordCursor(connection, feedUrl, lastCursor);
            return result;
        });
        metrics.appended(appended);
        return appended;
    }

    /** The cursor after the last batch appended from this feed. */
    public Optional<String> cursor(String feedUrl) {
        return transactions.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select cursor from pull_cursor where feed_url = ?")) {
                select.setString(1, feedUrl);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }
}
