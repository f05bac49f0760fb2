package dev.microcred.merkle;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The eight-leaf reference tree behind the transparency-dev vectors (leaves "", 00, 10, 2021, 3031, 40414243,
 * 5051525354555657, 606162636465666768696a6b6c6d6e6f in hex), built by {@link InMemoryTree}.
 */
class ReferenceTreeTest {

    static final List<String> LEAVES = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f");

    private static final HexFormat HEX = HexFormat.of();

    static InMemoryTree referenceTree() {
        InMemoryTree tree = new InMemoryTree(Hasher.RFC6962_SHA256);
        LEAVES.forEach(leaf -> tree.append(HEX.parseHex(leaf)));
        return tree;
    }

    /*
     * Roots of the first n leaves. Reproduce with RFC 6962's MTH, split at the largest power of two below n:
     * python3 -c 'import hashlib as h;H=lambda b:h.sha256(b).digest();L=[bytes.fromhex(x) for x in
     *   ",00,10,2021,3031,40414243,5051525354555657,606162636465666768696a6b6c6d6e6f".split(",")];
     *   M=lambda d:H(b"")if not d else H(b"\0"+d[0])if len(d)==1 else(lambda k:H(b"\1"+M(d[:k])+M(d[k:])))(
     *   1<<(len(d)-1).bit_length()-1);[print(n,M(L[:n]).hex())for n in range(9)]'
     * (one line without the breaks). Sizes 1 to 8 match transparency-dev/merkle's testonly reference roots.
     */
    @ParameterizedTest(name = "the root of the first {0} leaves is {1}")
    @CsvSource({
        "0, e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "1, 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "2, fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "3, aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "4, d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "5, 4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "6, 76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "7, ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "8, 5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    })
    void everyPrefixOfTheReferenceTreeHasItsPinnedRoot(int size, String root) {
        // Given the reference tree / When asked for an earlier root / Then it is the pinned one
        assertEquals(root, HEX.formatHex(referenceTree().root(size)));
    }

    /*
     * Leaf hashes SHA-256(0x00 || leaf). Reproduce: printf '\x00' | sha256sum, printf '\x00\x00' | sha256sum, ...
     */
    @ParameterizedTest(name = "leaf {0} hashes to {1}")
    @CsvSource({
        "'', 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "00, 96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "10, 0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
        "2021, 07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
        "606162636465666768696a6b6c6d6e6f, 46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1",
    })
    void leavesAreHashedWithTheZeroPrefix(String leaf, String hash) {
        // Given a leaf / When hashed / Then the RFC 6962 leaf hash
        assertEquals(hash, HEX.formatHex(Hasher.RFC6962_SHA256.hashLeaf(HEX.parseHex(leaf))));
    }

    @Test
    void nodesAreHashedWithTheOnePrefix() {
        // Given the hashes of leaves "" and 00
        // (reproduce: python3 -c 'import hashlib as h;print(h.sha256(b"\1"+bytes.fromhex("6e340b9c...01d"
        //  "96a296d2...cfc7")).hexdigest())', with the two full leaf hashes above)
        byte[] left = HEX.parseHex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        byte[] right = HEX.parseHex("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7");

        // When hashed as children / Then it is the root of the first two leaves
        assertEquals("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                HEX.formatHex(Hasher.RFC6962_SHA256.hashChildren(left, right)));
    }

    @Test
    void theEmptyTreesRootIsSha256OfNothing() {
        // Given no leaves (reproduce: printf '' | sha256sum) / When asked for the root / Then SHA-256 of nothing
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                HEX.formatHex(new InMemoryTree(Hasher.RFC6962_SHA256).root()));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                HEX.formatHex(Hasher.RFC6962_SHA256.emptyRoot()));
    }

    @Test
    void theTreeServesExactlyTheProofsOfTheVectorsHappyPaths() throws URISyntaxException {
        // Given the reference tree and the happy paths of the numbered vector folders
        InMemoryTree tree = referenceTree();
        List<Vector> happy = Vector.under(Path.of(getClass().getResource("/vectors").toURI())).stream()
                .filter(vector -> !vector.wantErr() && vector.name().matches("\\w+/\\d/.*")).toList();
        assertFalse(happy.isEmpty());

        for (Vector vector : happy) {
            // When the tree proves the same thing
            List<byte[]> proof = switch (vector.kind()) {
                case "inclusion" -> tree.inclusionProof(vector.number("leafIdx"), vector.number("treeSize"));
                case "consistency" -> tree.consistencyProof(vector.number("size1"), vector.number("size2"));
                default -> vector.proof();
            };

            // Then its proof is the vector's, hash for hash
            assertEquals(vector.proof().size(), proof.size(), vector.name());
            for (int i = 0; i < proof.size(); i++) {
                assertArrayEquals(vector.proof().get(i), proof.get(i), vector.name() + " proof[" + i + "]");
            }
        }
    }
}
