/**
 * The witness ledger's verifiable core: an RFC 6962 / RFC 9162 Merkle log and C2SP signed checkpoints, in plain
 * Java with no dependencies, so that the ledger service and an offline verifier share one implementation.
 *
 * <h2>Proofs</h2>
 * Verification follows transparency-dev/merkle: a {@link dev.microcred.merkle.Hasher} and free functions,
 * {@link dev.microcred.merkle.Inclusion#verify} and {@link dev.microcred.merkle.Consistency#verify}, that throw a
 * {@link dev.microcred.merkle.ProofException} whose kind says which check failed. Its JSON vectors run unchanged
 * in the tests. Generation ({@link dev.microcred.merkle.Prover}) reads the hashes of perfect subtrees only,
 * O(log n) of them per answer, through {@link dev.microcred.merkle.SubtreeHashes}.
 *
 * <h2>Storage</h2>
 * A log stores one row per perfect subtree, written once: {@link dev.microcred.merkle.CompactRange#appendLeafHash}
 * returns exactly the rows an append creates, to be inserted in the same transaction as the leaf, and
 * {@link dev.microcred.merkle.CompactRange#resume} reads back what a restart needs. A database adapter only has to
 * implement {@code SubtreeHashes} as a lookup by (level, index). {@link dev.microcred.merkle.InMemoryTree} is that
 * model in memory.
 *
 * <h2>Checkpoints</h2>
 * {@link dev.microcred.merkle.Checkpoint} is the tlog-checkpoint body; {@link dev.microcred.merkle.NoteSigner} and
 * {@link dev.microcred.merkle.NoteVerifier} sign and open it as a signed note with an Ed25519 key, using the key
 * texts of Go's golang.org/x/mod/sumdb/note, whose documented example the tests reproduce byte for byte.
 */
package dev.microcred.merkle;
