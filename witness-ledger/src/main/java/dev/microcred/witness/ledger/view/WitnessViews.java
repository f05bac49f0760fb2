package dev.microcred.witness.ledger.view;

import dev.microcred.merkle.SubtreeHashes;
import dev.microcred.witness.ledger.log.Audience;
import dev.microcred.witness.ledger.log.LogProofs;
import dev.microcred.witness.ledger.log.StoredCheckpoint;
import dev.microcred.witness.ledger.log.StoredLeaf;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds a {@link WitnessView} from one snapshot of the log.
 *
 * <p>The status is the one of the delta with the highest issuer sequence, not the last witnessed: deltas may reach
 * a witness out of order (a retried push, a feed replay), and the issuer's counter is the order of the changes.
 */
public final class WitnessViews {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private WitnessViews() {
    }

    /** The hash in the form the log stores it; hex digits of either case are accepted. */
    public static String normalize(String hash) {
        String lower = hash == null ? "" : hash.toLowerCase(Locale.ROOT);
        if (!HASH.matcher(lower).matches()) {
            throw new MalformedHashException(String.valueOf(hash));
        }
        return lower;
    }

    /** Empty if the checkpoint's tree holds no leaf for the hash. */
    public static Optional<WitnessView> of(String hash, StoredCheckpoint latest, List<StoredLeaf> leaves,
            SubtreeHashes subtrees, Audience audience) {
        if (leaves.isEmpty()) {
            return Optional.empty();
        }
        String status = leaves.stream().max(Comparator.comparingLong(StoredLeaf::issuerSequence)).orElseThrow()
                .status();
        List<WitnessView.Delta> deltas = leaves.stream().map(leaf -> new WitnessView.Delta(leaf.leafIndex(),
                leaf.witnessedAt(), leaf.leaf(),
                LogProofs.inclusion(subtrees, leaf.leafIndex(), latest.treeSize(), latest.treeSize()),
                audience.opening(leaf))).toList();
        return Optional.of(new WitnessView(hash, status, leaves.get(0).witnessedAt(), latest.treeSize(),
                latest.note(), deltas));
    }
}
