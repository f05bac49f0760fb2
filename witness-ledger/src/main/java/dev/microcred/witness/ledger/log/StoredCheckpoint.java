package dev.microcred.witness.ledger.log;

/** A signed checkpoint as stored: its size, root and the exact note text served to verifiers. */
public record StoredCheckpoint(long treeSize, byte[] rootHash, String note) {

    public StoredCheckpoint {
        rootHash = rootHash.clone();
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }
}
