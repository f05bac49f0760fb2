package dev.microcred.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The six seed credential blocks, copied verbatim from shared/seed/micro-credentials.md. */
public final class Seed {

    private Seed() {
    }

    /** The HTML block of seed credential {@code number} (1 to 6), from the start span to the end span. */
    public static String html(int number) {
        String resource = "/seed/micro" + number + ".html";
        try (InputStream in = Seed.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
