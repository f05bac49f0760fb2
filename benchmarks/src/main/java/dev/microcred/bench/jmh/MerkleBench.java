package dev.microcred.bench.jmh;

import dev.microcred.merkle.CompactRange;
import dev.microcred.merkle.Hasher;
import dev.microcred.merkle.InMemoryTree;
import dev.microcred.merkle.Inclusion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The witness ledger's per-delta work: appending a leaf to the compact range (the ledger keeps one,
 * so appending never reads the tree), and proving and checking inclusion in a tree of {@code size} leaves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MerkleBench {
    private static final Hasher HASHER = Hasher.RFC6962_SHA256;

    @Param({"1000000"})
    public int size;

    private CompactRange range;
    private InMemoryTree tree;
    private byte[] leaf;
    private long index;
    private List<byte[]> proof;
    private byte[] root;

    @Setup(Level.Trial)
    public void build() {
        range = new CompactRange(HASHER);
        tree = new InMemoryTree(HASHER);
        leaf = "{\"delta\":{\"hash\":\"3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded\",\"status\":\"VALID\"}}"
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < size; i++) {
            tree.append(leaf);
        }
        index = size / 3;
        proof = tree.inclusionProof(index, size);
        root = tree.root();
    }

    @Benchmark
    public Object appendLeafToCompactRange() {
        return range.appendLeaf(leaf);
    }

    @Benchmark
    public List<byte[]> inclusionProof() {
        return tree.inclusionProof(index, size);
    }

    @Benchmark
    public byte[] checkInclusionProof() throws dev.microcred.merkle.ProofException {
        byte[] leafHash = HASHER.hashLeaf(leaf);
        Inclusion.verify(HASHER, index, size, leafHash, proof, root);
        return leafHash;
    }
}
