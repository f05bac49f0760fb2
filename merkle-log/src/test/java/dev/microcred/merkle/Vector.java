package dev.microcred.merkle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * One transparency-dev JSON vector: the inputs of one proof check and whether it must fail ({@code wantErr}).
 *
 * <p>The files were written by Go with uint64 sizes and base64 byte strings. A number above 2^63 - 1 (such as
 * uint64 -1 from "leafIdx-sub-@1" at index 0) wraps to a negative long here, which the verifiers reject as out of
 * range: the same verdict for the same reason, a value no tree of at most 2^63 - 1 leaves can have.
 * {@code subtreeconsistency} is not read: see {@link ProofVectorsTest}.
 */
record Vector(String name, String kind, JsonNode json) {

    static final List<String> KINDS = List.of("inclusion", "consistency", "subtreeinclusion");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every vector under {@code root}/inclusion, /consistency and /subtreeinclusion, in path order. */
    static List<Vector> under(Path root) {
        List<Vector> vectors = new ArrayList<>();
        for (String kind : KINDS) {
            Path folder = root.resolve(kind);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.filter(file -> file.toString().endsWith(".json")).sorted()
                            .forEach(file -> vectors.add(read(root, kind, file)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return vectors;
    }

    private static Vector read(Path root, String kind, Path file) {
        try {
            return new Vector(root.relativize(file).toString(), kind, JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean wantErr() {
        return json.get("wantErr").asBoolean();
    }

    /** A test that runs the check and expects a {@link ProofException} exactly when the file says it must fail. */
    DynamicTest asTest() {
        String title = name + " (" + json.get("desc").asText() + ")";
        return DynamicTest.dynamicTest(title, () -> {
            if (wantErr()) {
                assertThrows(ProofException.class, this::verify, name + " must be rejected");
            } else {
                assertDoesNotThrow(this::verify, name + " must verify");
            }
        });
    }

    void verify() throws ProofException {
        Hasher hasher = Hasher.RFC6962_SHA256;
        switch (kind) {
            case "inclusion" -> Inclusion.verify(hasher, number("leafIdx"), number("treeSize"),
                    bytes("leafHash"), proof(), bytes("root"));
            case "consistency" -> Consistency.verify(hasher, number("size1"), number("size2"), proof(),
                    bytes("root1"), bytes("root2"));
            case "subtreeinclusion" -> Inclusion.verifySubtree(hasher, number("leafIdx"), number("start"),
                    number("end"), bytes("leafHash"), proof(), bytes("root"));
            default -> throw new IllegalStateException("no check for " + kind);
        }
    }

    long number(String field) {
        return json.get(field).bigIntegerValue().longValue();
    }

    byte[] bytes(String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? new byte[0] : Base64.getDecoder().decode(value.asText());
    }

    /** The proof hashes; Go writes an absent proof as null. */
    List<byte[]> proof() {
        List<byte[]> proof = new ArrayList<>();
        JsonNode hashes = json.get("proof");
        if (hashes != null) {
            hashes.forEach(hash -> proof.add(Base64.getDecoder().decode(hash.asText())));
        }
        return proof;
    }
}
