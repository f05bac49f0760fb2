package dev.microcred.witness.ledger.append;

import dev.microcred.merkle.Checkpoint;
import dev.microcred.merkle.CompactRange;
import dev.microcred.merkle.Hasher;
import dev.microcred.merkle.Node;
import dev.microcred.merkle.NoteSigner;
import dev.microcred.witness.ledger.delta.WireDelta;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Appends a batch of deltas to the log, within the caller's transaction.
 *
 * <p>Delivery is at least once, so a delta id already in the log gets its original receipt and no new leaf. New
 * deltas become leaves in batch order; each append returns the perfect subtrees it completed, which are stored with
 * the leaf, so the stored rows never change. A batch that grew the tree ends with one signed checkpoint for the new
 * size: as it commits with the leaves, the latest checkpoint covers every leaf there is. Each leaf shows part of its
 * delta and seals the rest ({@link SealedDelta}); the opening of the seal is stored with it.
 */
public final class Ledger {

    private static final Hasher HASHER = Hasher.RFC6962_SHA256;

    private final String origin;
    private final NoteSigner signer;
    private final Clock clock;
    private final Random salts;

    /** {@code salts} draws the salt of each leaf's seal: a {@link java.security.SecureRandom} in service. */
    public Ledger(String origin, NoteSigner signer, Clock clock, Random salts) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.salts = Objects.requireNonNull(salts, "salts");
    }

    public Appended append(LedgerWriter log, List<WireDelta> deltas, Source source) {
        long sizeBefore = log.size();
        // One query for every delta's receipt and one insert per table for the whole batch, not three per delta.
        Map<String, Receipt> known = new HashMap<>(log.receiptsOf(deltas.stream().map(WireDelta::deltaId).toList()));
        CompactRange tree = null;
        List<Receipt> receipts = new ArrayList<>(deltas.size());
        List<Leaf> leaves = new ArrayList<>();
        List<Node> subtrees = new ArrayList<>();
        for (WireDelta delta : deltas) {
            Receipt receipt = known.get(delta.deltaId());
            if (receipt == null) {
                if (tree == null) {
                    tree = CompactRange.resume(HASHER, sizeBefore, log.subtrees());
                }
                receipt = appendLeaf(tree, delta, source, leaves, subtrees);
                known.put(delta.deltaId(), receipt); // twice in one batch is one leaf, as when sent again later
            }
            receipts.add(receipt);
        }
        if (tree == null) {
            return new Appended(receipts, sizeBefore, 0);
        }
        log.insertLeaves(leaves);
        log.insertSubtrees(subtrees);
        Checkpoint checkpoint = new Checkpoint(origin, tree.size(), tree.root());
        log.insertCheckpoint(checkpoint, signer.sign(checkpoint));
        return new Appended(receipts, tree.size(), (int) (tree.size() - sizeBefore));
    }

    private Receipt appendLeaf(CompactRange tree, WireDelta delta, Source source, List<Leaf> leaves, List<Node> subtrees) {
        Instant witnessedAt = WitnessTime.truncate(clock.instant());
        SealedDelta sealed = SealedDelta.of(delta, salts);
        String text = LeafText.of(sealed, witnessedAt);
        long index = tree.size();
        leaves.add(new Leaf(index, delta, text, sealed.opening(), witnessedAt, source));
        subtrees.addAll(tree.appendLeaf(text.getBytes(StandardCharsets.UTF_8)));
        return new Receipt(delta.deltaId(), index, WitnessTime.format(witnessedAt));
    }
}
