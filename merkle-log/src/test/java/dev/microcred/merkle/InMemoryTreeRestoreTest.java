package dev.microcred.merkle;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static dev.microcred.merkle.CompactRangeTest.leaf;
import static dev.microcred.merkle.CompactRangeTest.rowsAfter;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A log restarted from its stored rows alone answers as it did before, and refuses rows that do not fit. */
class InMemoryTreeRestoreTest {

    private static final Hasher HASHER = Hasher.RFC6962_SHA256;

    @Test
    void aTreeRestoredFromTheRowsAloneGivesTheSameRootsAndProofs() {
        for (int size = 0; size <= 40; size++) {
            // Given the rows stored by the first size appends, and the tree that made them
            InMemoryTree original = new InMemoryTree(HASHER);
            for (int i = 0; i < size; i++) {
                original.append(leaf(i));
            }

            // When a tree is restored from the rows only
            InMemoryTree restored = InMemoryTree.restore(HASHER, size, rowsAfter(size));

            // Then it answers every root and proof as the original does
            assertAnswersAlike(original, restored);
        }
    }

    private static void assertAnswersAlike(InMemoryTree original, InMemoryTree restored) {
        long size = original.size();
        assertEquals(size, restored.size());
        assertArrayEquals(original.root(), restored.root());
        for (long n = 1; n <= size; n++) {
            assertArrayEquals(original.root(n), restored.root(n));
            for (long m = 1; m <= n; m++) {
                GeneratedProofsTest.assertProofEquals(original.inclusionProof(m - 1, n),
                        restored.inclusionProof(m - 1, n), "inclusion " + (m - 1) + " in " + n);
                GeneratedProofsTest.assertProofEquals(original.consistencyProof(m, n),
                        restored.consistencyProof(m, n), "consistency " + m + " to " + n);
            }
        }
    }

    @Test
    void aRestoredTreeKeepsAppendingAsTheOriginalWould() {
        // Given a tree restored from the rows of 13 appends
        InMemoryTree restored = InMemoryTree.restore(HASHER, 13, rowsAfter(13));

        // When the next 27 leaves are appended
        for (int i = 13; i < 40; i++) {
            restored.append(leaf(i));
        }

        // Then it is the tree of 40 leaves
        assertArrayEquals(InMemoryTree.restore(HASHER, 40, rowsAfter(40)).root(), restored.root());
    }

    @Test
    void restoringRefusesAlteredMissingOrForeignRows() {
        // Given the rows of 21 appends
        List<Node> rows = rowsAfter(21);
        Node parent = rows.stream().filter(node -> node.level() == 2 && node.index() == 1).findFirst().orElseThrow();
        byte[] altered = parent.hash();
        altered[0] ^= 1;

        // When one is altered, lost, or belongs to a larger tree / Then the restore refuses them
        List<Node> alteredRows = new ArrayList<>(rows);
        alteredRows.set(rows.indexOf(parent), new Node(2, 1, altered));
        assertThrows(IllegalArgumentException.class, () -> InMemoryTree.restore(HASHER, 21, alteredRows));
        assertThrows(IllegalArgumentException.class, () -> InMemoryTree.restore(HASHER, 21, rows.subList(1, 21)));
        assertThrows(IllegalArgumentException.class, () -> InMemoryTree.restore(HASHER, 20, rows));
    }
}
