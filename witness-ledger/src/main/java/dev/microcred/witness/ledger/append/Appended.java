package dev.microcred.witness.ledger.append;

import java.util.List;

/** The outcome of one batch: a receipt per delta (in batch order), the tree size after it, and how many are new. */
public record Appended(List<Receipt> receipts, long treeSize, int newLeaves) {

    public Appended {
        receipts = List.copyOf(receipts);
    }
}
