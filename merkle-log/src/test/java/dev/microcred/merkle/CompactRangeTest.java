package dev.microcred.merkle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a database-backed log would store: each append returns exactly the perfect subtrees it completes, and
 * answers read only a few of them. Rebuilding from those rows alone is {@link InMemoryTreeRestoreTest}.
 */
class CompactRangeTest {

    private static final Hasher HASHER = Hasher.RFC6962_SHA256;

    static byte[] leaf(int i) {
        return ("leaf " + i).getBytes(StandardCharsets.UTF_8);
    }

    /** The nodes a table of rows keyed by (level, index) holds after the first {@code size} appends. */
    static List<Node> rowsAfter(int size) {
        CompactRange range = new CompactRange(HASHER);
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            rows.addAll(range.appendLeaf(leaf(i)));
        }
        return rows;
    }

    @ParameterizedTest(name = "appending leaf {0} completes the subtrees (level, index) {1}")
    @CsvSource(delimiter = '|', value = {
        "0 | (0,0)",
        "1 | (0,1) (1,0)",
        "2 | (0,2)",
        "3 | (0,3) (1,1) (2,0)",
        "6 | (0,6)",
        "7 | (0,7) (1,3) (2,1) (3,0)",
        "11 | (0,11) (1,5) (2,2)",
        "31 | (0,31) (1,15) (2,7) (3,3) (4,1) (5,0)",
    })
    void anAppendReturnsTheLeafAndEveryParentItCompletes(int index, String completed) {
        // Given a range of index leaves
        CompactRange range = new CompactRange(HASHER);
        for (int i = 0; i < index; i++) {
            range.appendLeaf(leaf(i));
        }

        // When the next leaf is appended
        List<Node> nodes = range.appendLeaf(leaf(index));

        // Then it returns the leaf, then each parent it closes (one per trailing one bit of the old size),
        // each with the RFC 6962 hash of exactly the leaves it covers
        assertEquals(completed, nodes.stream().map(node -> "(" + node.level() + "," + node.index() + ")")
                .collect(Collectors.joining(" ")));
        List<byte[]> all = new ArrayList<>();
        for (int i = 0; i <= index; i++) {
            all.add(leaf(i));
        }
        for (Node node : nodes) {
            assertArrayEquals(Rfc6962Reference.mth(all.subList((int) node.firstLeaf(), (int) node.endLeaf())),
                    node.hash(), node.toString());
        }
    }

    @Test
    void theRowsOfAllAppendsAreExactlyThePerfectSubtreesEachOnce() {
        // Given 40 appends / When their rows are collected
        List<Node> rows = rowsAfter(40);

        // Then there is one row per perfect subtree of 40 leaves: 40 + 20 + 10 + 5 + 2 + 1, none twice
        assertEquals(78, rows.size());
        assertEquals(78, rows.stream().map(node -> node.level() + "/" + node.index())
                .collect(Collectors.toCollection(HashSet::new)).size());
        assertTrue(rows.stream().allMatch(node -> node.endLeaf() <= 40));
    }

    @Test
    void rootsAndProofsReadOnlyLogarithmicallyManyStoredHashes() {
        // Given a store of a 1000-leaf tree that counts its reads
        Map<String, byte[]> table = new HashMap<>();
        rowsAfter(1000).forEach(node -> table.put(node.level() + "/" + node.index(), node.hash()));
        int[] reads = {0};
        SubtreeHashes store = (level, index) -> {
            reads[0]++;
            return table.get(level + "/" + index);
        };

        // When a root, an inclusion proof and a consistency proof are made for awkward sizes
        Prover.root(HASHER, store, 999);
        int rootReads = reads[0];
        Prover.inclusionProof(HASHER, store, 500, 999);
        int inclusionReads = reads[0] - rootReads;
        Prover.consistencyProof(HASHER, store, 383, 999);
        int consistencyReads = reads[0] - rootReads - inclusionReads;

        // Then each reads at most twice the tree height (10 levels), not one hash per leaf
        assertTrue(rootReads <= 10, "root read " + rootReads);
        assertTrue(inclusionReads <= 20, "inclusion read " + inclusionReads);
        assertTrue(consistencyReads <= 20, "consistency read " + consistencyReads);
    }

    @Test
    void aRangeResumedFromStoredRowsReadsOneRowPerSetBitAndContinues() {
        // Given the rows of 22 appends (22 = 10110 in binary) in a table that counts reads
        Map<String, byte[]> table = new HashMap<>();
        rowsAfter(22).forEach(node -> table.put(node.level() + "/" + node.index(), node.hash()));
        List<String> read = new ArrayList<>();
        SubtreeHashes store = (level, index) -> {
            read.add(level + "/" + index);
            return table.get(level + "/" + index);
        };

        // When the range resumes at size 22 and appends leaf 22
        CompactRange range = CompactRange.resume(HASHER, 22, store);
        List<Node> completed = range.appendLeaf(leaf(22));

        // Then it read the subtrees of 16, 4 and 2 leaves, and continues with the right rows and root
        assertEquals(List.of("4/0", "2/4", "1/10"), read);
        assertEquals(rowsAfter(23).subList(rowsAfter(22).size(), rowsAfter(23).size()), completed);
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            leaves.add(leaf(i));
        }
        assertArrayEquals(Rfc6962Reference.mth(leaves), range.root());
    }

    @Test
    void aLeafHashOfTheWrongLengthIsRefused() {
        // Given an empty range / When a 31-byte hash is appended / Then it is refused before it is stored
        assertThrows(IllegalArgumentException.class, () -> new CompactRange(HASHER).appendLeafHash(new byte[31]));
    }
}
