package dev.microcred.witness.ledger.append;

import dev.microcred.merkle.Checkpoint;
import dev.microcred.merkle.CompactRange;
import dev.microcred.merkle.Hasher;
import dev.microcred.merkle.NoteSigner;
import dev.microcred.witness.ledger.delta.WireDelta;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Appends a batch of deltas to the log, within the caller's transaction.
 *
 * <p>Delivery is at least once, so a delta id already in the log gets its original receipt and no new leaf. New
 * deltas become leaves in batch order; each append returns the perfect subtrees it completed, which are stored with
 * the leaf, so the stored rows never change. A batch that grew the tree ends with one signed checkpoint for the new
 * size: as it commits with the leaves, the latest checkpoint covers every leaf there is.
 */
public final class Ledger {

    private static final Hasher HASHER = Hasher.RFC6962_SHA256;

    private final String origin;
    private final NoteSigner signer;
    private final Clock clock;

    public Ledger(String origin, NoteSigner signer, Clock clock) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Appended append(LedgerWriter log, List<WireDelta> deltas, Source source) {
        long sizeBefore = log.size();
        CompactRange tree = null;
        List<Receipt> receipts = new ArrayList<>();
        for (WireDelta delta : deltas) {
            Optional<Receipt> known = log.receiptOf(delta.deltaId());
            if (known.isPresent()) {
                receipts.add(known.get());
                continue;
            }
            if (tree == null) {
                tree = CompactRange.resume(HASHER, sizeBefore, log.subtrees());
            }
            receipts.add(appendLeaf(log, tree, delta, source));
        }
        if (tree == null) {
            return new Appended(receipts, sizeBefore, 0);
        }
        Checkpoint checkpoint = new Checkpoint(origin, tree.size(), tree.root());
        log.insertCheckpoint(checkpoint, signer.sign(checkpoint));
        return new Appended(receipts, tree.size(), (int) (tree.size() - sizeBefore));
    }

    private Receipt appendLeaf(LedgerWriter log, CompactRange tree, WireDelta delta, Source source) {
        Instant witnessedAt = WitnessTime.truncate(clock.instant());
        String text = LeafText.of(delta, witnessedAt);
        long index = tree.size();
        log.insertLeaf(new Leaf(index, delta, text, witnessedAt, source));
        log.insertSubtrees(tree.appendLeaf(text.getBytes(StandardCharsets.UTF_8)));
        return new Receipt(delta.deltaId(), index, WitnessTime.format(witnessedAt));
    }
}
