package dev.microcred.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.microcred.merkle.GeneratedProofsTest.MAX;
import static dev.microcred.merkle.GeneratedProofsTest.leafHash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every proof of every tree up to {@value GeneratedProofsTest#MAX} leaves, changed in every way the issue names,
 * is rejected: a wrong size, a wrong index, a proof for another leaf, any bit of any proof hash, a truncated,
 * extended or reordered proof, swapped roots. Failures are collected so that one run lists them all.
 */
class TamperedProofsTest {

    private static final Hasher HASHER = Hasher.RFC6962_SHA256;
    private static final ProofException.Kind ANY = null;

    private static InMemoryTree tree;
    private final List<String> accepted = new ArrayList<>();
    private int checks;

    @BeforeAll
    static void shareTheGeneratedTree() {
        GeneratedProofsTest.appendFortyDistinctLeaves();
        tree = GeneratedProofsTest.tree;
    }

    @Test
    void everyTamperedInclusionProofIsRejected() {
        for (int size = 1; size <= MAX; size++) {
            for (int index = 0; index < size; index++) {
                // Given an honest proof / When any part of it is changed / Then it no longer verifies
                tamperInclusion(index, size, tree.inclusionProof(index, size));
            }
        }
        assertEquals(List.of(), accepted, "tampered inclusion proofs that verified");
        assertTrue(checks > 10_000, "only " + checks + " checks ran");
    }

    @Test
    void everyTamperedConsistencyProofIsRejected() {
        for (int size2 = 1; size2 <= MAX; size2++) {
            for (int size1 = 1; size1 <= size2; size1++) {
                // Given an honest proof / When any part of it is changed / Then it no longer verifies
                tamperConsistency(size1, size2, tree.consistencyProof(size1, size2));
            }
        }
        assertEquals(List.of(), accepted, "tampered consistency proofs that verified");
        assertTrue(checks > 10_000, "only " + checks + " checks ran");
    }

    private void tamperInclusion(long index, long size, List<byte[]> proof) {
        String at = "leaf " + index + " of " + size + ": ";
        byte[] leaf = leafHash((int) index);
        for (long other : new long[] {size - 1, size + 1}) {
            if (other > index && other <= MAX) {
                expect(at + "size " + other, ANY, () -> Inclusion.verify(HASHER, index, other, leaf, proof,
                        tree.root(other)));
            }
        }
        for (int other = 0; other < size; other++) {
            if (other != index) {
                long j = other;
                byte[] otherLeaf = leafHash(other);
                expect(at + "index and leaf " + j, ANY, () -> Inclusion.verify(HASHER, j, size, otherLeaf, proof,
                        tree.root(size)));
                expect(at + "leaf " + j, ProofException.Kind.ROOT_MISMATCH,
                        () -> Inclusion.verify(HASHER, index, size, otherLeaf, proof, tree.root(size)));
            }
        }
        for (List<byte[]> changed : changedPaths(proof)) {
            expect(at + "path " + describe(changed), ANY,
                    () -> Inclusion.verify(HASHER, index, size, leaf, changed, tree.root(size)));
        }
    }

    private void tamperConsistency(long size1, long size2, List<byte[]> proof) {
        String at = size1 + " to " + size2 + ": ";
        long[][] otherSizes = {{size1 - 1, size2}, {size1 + 1, size2}, {size1, size2 - 1}, {size1, size2 + 1}};
        for (long[] sizes : otherSizes) {
            if (sizes[0] >= 0 && sizes[0] <= MAX && sizes[1] <= MAX) {
                expect(at + "sizes " + sizes[0] + ", " + sizes[1], ANY, () -> Consistency.verify(HASHER, sizes[0],
                        sizes[1], proof, tree.root(sizes[0]), tree.root(sizes[1])));
            }
        }
        if (size1 < size2) {
            expect(at + "swapped roots", ProofException.Kind.ROOT_MISMATCH,
                    () -> Consistency.verify(HASHER, size1, size2, proof, tree.root(size2), tree.root(size1)));
        }
        for (List<byte[]> changed : changedPaths(proof)) {
            expect(at + "path " + describe(changed), ANY,
                    () -> Consistency.verify(HASHER, size1, size2, changed, tree.root(size1), tree.root(size2)));
        }
    }

    /**
     * The proof with a bit flipped in each hash (the first and last bit of the first, a middle and the last byte:
     * all 256 made the run twenty times slower and found nothing more), one element dropped or added, or two
     * neighbouring elements swapped.
     */
    private static List<List<byte[]>> changedPaths(List<byte[]> proof) {
        List<List<byte[]>> changed = new ArrayList<>();
        for (int element = 0; element < proof.size(); element++) {
            for (int bit : new int[] {0, 7, 130, 255}) {
                List<byte[]> flipped = new ArrayList<>(proof);
                byte[] hash = proof.get(element).clone();
                hash[bit / 8] ^= (byte) (1 << (bit % 8));
                flipped.set(element, hash);
                changed.add(flipped);
            }
            List<byte[]> removed = new ArrayList<>(proof);
            removed.remove(element);
            changed.add(removed);
        }
        List<byte[]> extended = new ArrayList<>(proof);
        extended.add(HASHER.emptyRoot());
        changed.add(extended);
        List<byte[]> prepended = new ArrayList<>(proof);
        prepended.add(0, HASHER.emptyRoot());
        changed.add(prepended);
        for (int element = 1; element < proof.size(); element++) {
            List<byte[]> swapped = new ArrayList<>(proof);
            Collections.swap(swapped, element - 1, element);
            changed.add(swapped);
        }
        return changed;
    }

    private static String describe(List<byte[]> proof) {
        return proof.size() + " hashes, first " + (proof.isEmpty() ? "-"
                : HexFormat.of().formatHex(proof.get(0)).substring(0, 8));
    }

    private interface Check {
        void run() throws ProofException;
    }

    /** Records the change if it verified, or if it failed for another reason than the expected one. */
    private void expect(String what, ProofException.Kind kind, Check check) {
        checks++;
        try {
            check.run();
            accepted.add(what);
        } catch (ProofException e) {
            if (kind != ANY && e.kind() != kind) {
                accepted.add(what + " failed as " + e.kind() + ", want " + kind);
            }
        }
    }
}
