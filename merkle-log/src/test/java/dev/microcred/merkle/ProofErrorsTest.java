package dev.microcred.merkle;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.microcred.merkle.ProofException.Kind.WRONG_HASH_SIZE;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The verifiers say precisely why they reject, on the eight-leaf reference tree. */
class ProofErrorsTest {

    private static final Hasher HASHER = Hasher.RFC6962_SHA256;
    private static final InMemoryTree TREE = ReferenceTreeTest.referenceTree();
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] leafHash(int index) {
        return HASHER.hashLeaf(HEX.parseHex(ReferenceTreeTest.LEAVES.get(index)));
    }

    @ParameterizedTest(name = "leaf {0} of {1} with a proof of {2} hashes fails as {3}: {4}")
    @CsvSource(delimiter = '|', value = {
        "8  | 8 | 0 | OUT_OF_RANGE     | OUT_OF_RANGE: leaf index 8 is not in [0, 8)",
        "-1 | 8 | 3 | OUT_OF_RANGE     | OUT_OF_RANGE: leaf index -1 is not in [0, 8)",
        "0  | 0 | 0 | OUT_OF_RANGE     | OUT_OF_RANGE: leaf index 0 is not in [0, 0)",
        "6  | 8 | 2 | WRONG_PROOF_SIZE | WRONG_PROOF_SIZE: wrong proof size 2, want 3",
        "6  | 7 | 3 | WRONG_PROOF_SIZE | WRONG_PROOF_SIZE: wrong proof size 3, want 2",
    })
    void malformedInclusionProofsSayWhatIsWrong(long index, long size, int proofSize, ProofException.Kind kind,
            String message) {
        // Given a proof of the wrong shape for the index and size
        List<byte[]> proof = new ArrayList<>();
        for (int i = 0; i < proofSize; i++) {
            proof.add(leafHash(i));
        }

        // When verified / Then the exception names the check and the numbers involved
        ProofException e = assertThrows(ProofException.class,
                () -> Inclusion.verify(HASHER, index, size, leafHash(0), proof, TREE.root(8)));
        assertEquals(kind, e.kind());
        assertEquals(message, e.getMessage());
    }

    @Test
    void aWrongLeafNamesBothRootsInHex() throws ProofException {
        // Given the proof of leaf 2 of 8, offered for the hash of leaf 3
        List<byte[]> proof = TREE.inclusionProof(2, 8);

        // When verified
        RootMismatchException e = assertThrows(RootMismatchException.class,
                () -> Inclusion.verify(HASHER, 2, 8, leafHash(3), proof, TREE.root(8)));

        // Then it names the size, the root the proof leads to and the expected root
        assertEquals(8, e.size());
        assertEquals("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328", e.expectedHex());
        assertEquals(HEX.formatHex(Inclusion.rootFromInclusionProof(HASHER, 2, 8, leafHash(3), proof)),
                e.computedHex());
        assertEquals("ROOT_MISMATCH: root hash at size 8 mismatched: computed " + e.computedHex()
                + ", expected " + e.expectedHex(), e.getMessage());
    }

    @Test
    void hashesOfTheWrongLengthAreRefusedBeforeHashing() {
        // Given a 31-byte leaf hash, and a proof with a 33-byte element
        List<byte[]> proof = new ArrayList<>(TREE.inclusionProof(0, 8));
        proof.set(1, new byte[33]);

        // When verified / Then both fail as wrong hash sizes, naming the element
        ProofException leaf = assertThrows(ProofException.class,
                () -> Inclusion.verify(HASHER, 0, 8, new byte[31], TREE.inclusionProof(0, 8), TREE.root(8)));
        ProofException element = assertThrows(ProofException.class,
                () -> Inclusion.verify(HASHER, 0, 8, leafHash(0), proof, TREE.root(8)));
        assertEquals(WRONG_HASH_SIZE, leaf.kind());
        assertEquals("WRONG_HASH_SIZE: proof[1] has 33 bytes, want 32", element.getMessage());
    }

    @ParameterizedTest(name = "consistency from {0} to {1} with {2} hashes fails as {3}")
    @CsvSource({
        "3, 2, 0, SIZES_OUT_OF_ORDER",
        "0, 8, 0, EMPTY_FIRST_TREE",
        "0, 0, 0, EMPTY_FIRST_TREE",
        "-1, 8, 0, OUT_OF_RANGE",
        "5, 5, 1, WRONG_PROOF_SIZE",
        "3, 7, 0, WRONG_PROOF_SIZE",
        "3, 7, 5, WRONG_PROOF_SIZE",
        "4, 7, 2, WRONG_PROOF_SIZE",
    })
    void malformedConsistencyProofsSayWhatIsWrong(long size1, long size2, int proofSize, ProofException.Kind kind) {
        // Given a proof of the wrong shape for the sizes
        List<byte[]> proof = new ArrayList<>();
        for (int i = 0; i < proofSize; i++) {
            proof.add(leafHash(i));
        }

        // When verified / Then the kind names the failed check
        ProofException e = assertThrows(ProofException.class, () -> Consistency.verify(HASHER, size1, size2, proof,
                TREE.root(Math.max(0, Math.min(size1, 8))), TREE.root(Math.min(size2, 8))));
        assertEquals(kind, e.kind());
    }

    @Test
    void equalSizesNeedEqualRootsAndNoProof() {
        // Given size 5 twice / When the roots are equal / Then it verifies; when not, it names size 5
        assertDoesNotThrow(() -> Consistency.verify(HASHER, 5, 5, List.of(), TREE.root(5), TREE.root(5)));
        RootMismatchException e = assertThrows(RootMismatchException.class,
                () -> Consistency.verify(HASHER, 5, 5, List.of(), TREE.root(5), TREE.root(6)));
        assertEquals(5, e.size());
    }

    @Test
    void aConsistencyProofToAForkedTreeNamesTheSizeWhoseRootDiffers() {
        // Given the honest proof from 3 to 8, and a root of size 3 from another history
        List<byte[]> proof = TREE.consistencyProof(3, 8);

        // When verified against the forked old root / Then the mismatch is reported at size 3
        RootMismatchException e = assertThrows(RootMismatchException.class,
                () -> Consistency.verify(HASHER, 3, 8, proof, TREE.root(4), TREE.root(8)));
        assertEquals(3, e.size());
        assertEquals(HEX.formatHex(TREE.root(4)), e.expectedHex());
    }

    @ParameterizedTest(name = "leaf {0} in subtree [{1}, {2}) fails as {3}")
    @CsvSource({
        "2, 2, 2, INVALID_SUBTREE",
        "2, 3, 2, INVALID_SUBTREE",
        "3, 2, 5, INVALID_SUBTREE",
        "9, 9, 11, INVALID_SUBTREE",
        "5, 4, 10, INVALID_SUBTREE",
        "7, 8, 12, OUT_OF_RANGE",
        "12, 8, 12, OUT_OF_RANGE",
    })
    void subtreeRangesThatAreNoNodeOrMissTheLeafAreRefused(long index, long start, long end,
            ProofException.Kind kind) {
        // Given a subtree range and leaf index / When verified / Then the range or index is refused
        ProofException e = assertThrows(ProofException.class, () -> Inclusion.verifySubtree(HASHER, index, start, end,
                leafHash(0), List.of(), TREE.root(8)));
        assertEquals(kind, e.kind());
    }

    @Test
    void aLeafOfAnAlignedSubtreeIsProvenAgainstTheSubtreesRoot() {
        // Given the reference tree's leaves 4..7 as the subtree [4, 8) / When leaf 6 is proven in it / Then it holds
        InMemoryTree tree = new InMemoryTree(HASHER);
        ReferenceTreeTest.LEAVES.subList(4, 8).forEach(leaf -> tree.append(HEX.parseHex(leaf)));
        assertDoesNotThrow(() -> Inclusion.verifySubtree(HASHER, 6, 4, 8, leafHash(6), TREE.inclusionProof(6, 8)
                .subList(0, 2), tree.root()));
    }
}
