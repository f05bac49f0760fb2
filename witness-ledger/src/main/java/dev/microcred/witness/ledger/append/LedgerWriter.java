package dev.microcred.witness.ledger.append;

import dev.microcred.merkle.Checkpoint;
import dev.microcred.merkle.Node;
import dev.microcred.merkle.SubtreeHashes;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The log's storage, as seen from inside one appending transaction that holds the writer lock. */
public interface LedgerWriter {

    /** The number of leaves. */
    long size();

    /** The receipts of those of these deltas that are in the log already, by delta id. */
    Map<String, Receipt> receiptsOf(Collection<String> deltaIds);

    /** The stored perfect subtrees, to resume the tree's right edge. */
    SubtreeHashes subtrees();

    void insertLeaves(List<Leaf> leaves);

    void insertSubtrees(List<Node> nodes);

    void insertCheckpoint(Checkpoint checkpoint, String note);
}
