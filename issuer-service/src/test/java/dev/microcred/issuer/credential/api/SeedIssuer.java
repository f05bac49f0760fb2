package dev.microcred.issuer.credential.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.issuer.document.DateStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** One issuer of {@code seed/issuers.json}: the six issuers of the seed document. */
record SeedIssuer(String id, String displayName, String verifyBase, DateStyle dateStyle, List<String> jurisdictions) {

    static SeedIssuer byId(String id) {
        return all().stream().filter(issuer -> issuer.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed issuer " + id));
    }

    static List<SeedIssuer> all() {
        try (InputStream in = SeedIssuer.class.getResourceAsStream("/seed/issuers.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<List<SeedIssuer>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
