package dev.microcred.witness.ledger.log;

import dev.microcred.merkle.Hasher;
import dev.microcred.merkle.Prover;
import dev.microcred.merkle.SubtreeHashes;
import java.util.Base64;
import java.util.List;

/**
 * Proofs about any tree size up to the latest signed one, base64-encoded for JSON. Sizes past the latest
 * checkpoint are refused even though their subtrees may already be stored: a proof is only useful against a root
 * the verifier can get signed.
 */
public final class LogProofs {

    private static final Hasher HASHER = Hasher.RFC6962_SHA256;

    private LogProofs() {
    }

    public static List<String> inclusion(SubtreeHashes subtrees, long index, long size, long latestSize) {
        if (size < 1 || size > latestSize || index < 0 || index >= size) {
            throw new OutOfRangeException("need 0 <= index < size <= " + latestSize + ", got index " + index
                    + " and size " + size);
        }
        return encode(Prover.inclusionProof(HASHER, subtrees, index, size));
    }

    public static List<String> consistency(SubtreeHashes subtrees, long from, long to, long latestSize) {
        if (from < 1 || from > to || to > latestSize) {
            throw new OutOfRangeException("need 0 < from <= to <= " + latestSize + ", got from " + from
                    + " and to " + to);
        }
        return encode(Prover.consistencyProof(HASHER, subtrees, from, to));
    }

    public static List<String> encode(List<byte[]> hashes) {
        return hashes.stream().map(Base64.getEncoder()::encodeToString).toList();
    }
}
