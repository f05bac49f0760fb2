/**
 * A witness firm's ledger: every status delta an issuer's forwarder sends (push) or serves (pull) becomes one leaf
 * of an append-only RFC 6962 Merkle log, and every batch that grows the log ends with a checkpoint signed by the
 * firm's Ed25519 key.
 *
 * <h2>Why it is built this way</h2>
 * <ul>
 * <li>The log is the evidence, so nothing in it ever changes: the leaf, subtree, checkpoint, rollup and push_batch
 * tables refuse UPDATE and DELETE in the database itself, and a leaf stores the exact bytes that were hashed.</li>
 * <li>One writer at a time ({@code pg_advisory_xact_lock}): the tree is a sequence, so two appenders would race for
 * the same leaf index. A batch's leaves, subtree rows, checkpoint and its evidence (the signed push body or the
 * feed cursor) commit together, so the latest checkpoint always covers every leaf and a crash loses nothing
 * half-done.</li>
 * <li>A public log must not tell more about a holder than a verifier needs: a leaf shows the delta's status and
 * issuer fields, and only commits to the revocation reason, the related hash and the exact times under a salted
 * hash ({@link dev.microcred.witness.ledger.append.SealedDelta}); auditors with a token see the openings.</li>
 * <li>Only perfect subtrees are stored ({@link dev.microcred.merkle.CompactRange}); any root or proof for any past
 * size is computed from them by {@link dev.microcred.merkle.Prover}.</li>
 * <li>Each feature ({@code append}, {@code push}, {@code pull}, {@code log}, {@code view}, {@code audit}, {@code rollup}) keeps
 * its rules in plain Java; its {@code api}, {@code persistence} or {@code http} package holds the adapters.</li>
 * </ul>
 */
package dev.microcred.witness.ledger;
