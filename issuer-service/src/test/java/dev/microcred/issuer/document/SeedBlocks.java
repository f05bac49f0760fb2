package dev.microcred.issuer.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The expected credential blocks, copied from the seed document: the text between the markers with
 * {@code <br>} removed and indentation trimmed, blank lines kept, verify line last.
 */
public final class SeedBlocks {

    private SeedBlocks() {
    }

    /** The lines of {@code seed/blocks/<name>.txt}, verify line included. */
    public static List<String> lines(String name) {
        return plainText(name).lines().toList();
    }

    /** The block as one text, lines joined with {@code \n}, no trailing newline. */
    public static String plainText(String name) {
        String resource = "/seed/blocks/" + name + ".txt";
        try (InputStream in = SeedBlocks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
