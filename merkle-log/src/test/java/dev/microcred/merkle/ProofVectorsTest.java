package dev.microcred.merkle;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The verifiers against transparency-dev/merkle's JSON vectors (see ../shared/test-vectors/merkle/README.md).
 *
 * <p>The copies under src/test/resources/vectors always run; the full shared set runs when the folder beside the
 * repository exists (CI always has it) and is skipped with a message otherwise. The {@code subtreeconsistency}
 * vectors are not run: they prove a subtree [start, end) consistent with a tree, a check the witness ledger never
 * makes (it proves consistency between two tree sizes, which is the start-0 case already covered by
 * {@code consistency}), and it would need a third verification algorithm with its own empty-subtree rules.
 */
class ProofVectorsTest {

    private static final Path SHARED = Path.of(
            System.getProperty("merkle.vectors.dir", "../../shared/test-vectors/merkle"));

    @TestFactory
    Stream<DynamicTest> theVectorsCopiedIntoThisModuleHoldTheirVerdicts() throws URISyntaxException {
        // Given the local copies
        List<Vector> vectors = Vector.under(Path.of(getClass().getResource("/vectors").toURI()));

        // When each is checked / Then the happy paths verify and every mutation is rejected
        assertEquals(25, vectors.size(), "the copied vectors were not all found");
        return vectors.stream().map(Vector::asTest);
    }

    @TestFactory
    Stream<DynamicTest> everySharedTransparencyDevVectorHoldsItsVerdict() {
        // Given the shared vectors, when present
        assumeSharedVectors();
        List<Vector> vectors = Vector.under(SHARED);

        // When each is checked / Then the happy paths verify and every mutation is rejected
        return vectors.stream().map(Vector::asTest);
    }

    @Test
    void theSharedSetIsReadInFull() {
        // Given the shared vectors, when present
        assumeSharedVectors();

        // When they are read
        Map<String, Long> byKind = Vector.under(SHARED).stream()
                .collect(Collectors.groupingBy(Vector::kind, Collectors.counting()));
        long happy = Vector.under(SHARED).stream().filter(vector -> !vector.wantErr()).count();

        // Then none was missed (counts of commit 417fb0c: find <kind> -name '*.json' | wc -l), so a walker that
        // reads nothing cannot pass for a verifier that rejects nothing
        assertEquals(Map.of("inclusion", 98L, "consistency", 98L, "subtreeinclusion", 204L), byKind);
        assertEquals(24, happy);
    }

    private static void assumeSharedVectors() {
        assumeTrue(Files.isDirectory(SHARED.resolve("inclusion")),
                () -> "shared vectors not found at " + SHARED.toAbsolutePath().normalize()
                        + " (set -Dmerkle.vectors.dir); skipping them, the local copies still ran");
    }
}
