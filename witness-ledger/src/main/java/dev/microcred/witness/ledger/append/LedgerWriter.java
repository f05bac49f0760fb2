package dev.microcred.witness.ledger.append;

import dev.microcred.merkle.Checkpoint;
import dev.microcred.merkle.Node;
import dev.microcred.merkle.SubtreeHashes;
import java.util.List;
import java.util.Optional;

/** The log's storage, as seen from inside one appending transaction that holds the writer lock. */
public interface LedgerWriter {

    /** The number of leaves. */
    long size();

    /** The receipt of a delta already in the log. */
    Optional<Receipt> receiptOf(String deltaId);

    /** The stored perfect subtrees, to resume the tree's right edge. */
    SubtreeHashes subtrees();

    void insertLeaf(Leaf leaf);

    void insertSubtrees(List<Node> nodes);

    void insertCheckpoint(Checkpoint checkpoint, String note);
}
