package dev.microcred.issuer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed's example credentials and issuers, as request bodies under src/test/resources/seed. */
public final class SeedRequests {
    private SeedRequests() {
    }

    public static String read(String resource) {
        try (InputStream in = SeedRequests.class.getResourceAsStream("/seed/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource seed/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
