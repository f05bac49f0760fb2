package dev.microcred.merkle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every root and proof of every tree up to {@value #MAX} leaves, generated from stored perfect-subtree hashes,
 * equals RFC 6962's recursive definition ({@link Rfc6962Reference}) and verifies. Tampering is in
 * {@link TamperedProofsTest}.
 */
class GeneratedProofsTest {

    static final int MAX = 40;
    private static final Hasher HASHER = Hasher.RFC6962_SHA256;

    static List<byte[]> leaves;
    static InMemoryTree tree;

    @BeforeAll
    static void appendFortyDistinctLeaves() {
        leaves = new ArrayList<>();
        tree = new InMemoryTree(HASHER);
        for (int i = 0; i < MAX; i++) {
            leaves.add(("leaf " + i).getBytes(StandardCharsets.UTF_8));
            tree.append(leaves.get(i));
        }
    }

    static byte[] leafHash(int index) {
        return HASHER.hashLeaf(leaves.get(index));
    }

    @Test
    void everyRootIsTheRecursiveMerkleTreeHash() {
        for (int size = 0; size <= MAX; size++) {
            // Given the first size leaves / When the tree gives that root / Then it is MTH(D[size])
            assertArrayEquals(Rfc6962Reference.mth(leaves.subList(0, size)), tree.root(size), "size " + size);
        }
        assertArrayEquals(tree.root(MAX), tree.root());
    }

    @Test
    void everyInclusionProofIsTheRfcAuditPathAndVerifies() {
        for (int size = 1; size <= MAX; size++) {
            for (int index = 0; index < size; index++) {
                // Given a leaf and a tree size / When the tree proves inclusion
                List<byte[]> proof = tree.inclusionProof(index, size);

                // Then it is PATH(index, D[size]) and it verifies against that size's root
                assertProofEquals(Rfc6962Reference.path(index, leaves.subList(0, size)), proof,
                        "inclusion " + index + " in " + size);
                long i = index;
                long n = size;
                assertDoesNotThrow(() -> Inclusion.verify(HASHER, i, n, leafHash((int) i), proof, tree.root(n)));
            }
        }
    }

    @Test
    void everyConsistencyProofIsTheRfcProofAndVerifies() {
        for (int size2 = 1; size2 <= MAX; size2++) {
            for (int size1 = 1; size1 <= size2; size1++) {
                // Given two tree sizes / When the tree proves consistency
                List<byte[]> proof = tree.consistencyProof(size1, size2);

                // Then it is PROOF(size1, D[size2]) and it verifies between the two roots
                assertProofEquals(Rfc6962Reference.proof(size1, leaves.subList(0, size2)), proof,
                        "consistency " + size1 + " to " + size2);
                long m = size1;
                long n = size2;
                assertDoesNotThrow(() -> Consistency.verify(HASHER, m, n, proof, tree.root(m), tree.root(n)));
            }
        }
    }

    @Test
    void rootFromInclusionProofGivesTheRootItProves() throws ProofException {
        // Given leaf 21 of 37 and its proof / When the root is computed from the proof alone / Then it is the root
        assertArrayEquals(tree.root(37),
                Inclusion.rootFromInclusionProof(HASHER, 21, 37, leafHash(21), tree.inclusionProof(21, 37)));
    }

    static void assertProofEquals(List<byte[]> expected, List<byte[]> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": proof length");
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), what + ": proof[" + i + "]");
        }
    }
}
