package dev.microcred.text;

import java.util.Objects;
import java.util.StringJoiner;

/**
 * The normalization of protocol section 3. Issuer and verifier both hash its output, so any
 * change here changes every hash ever issued: the steps are written out literally, in order.
 */
public final class Normalizer {

    private Normalizer() {
    }

    /** Steps 1 to 4: character map, trim and collapse each line, drop empty lines, join with \n. */
    public static String normalize(String hashedText) {
        Objects.requireNonNull(hashedText, "hashedText");
        String mapped = mapCharacters(hashedText);
        StringJoiner joined = new StringJoiner("\n");
        for (String line : mapped.split("\n", -1)) {
            String clean = collapseWhitespace(line);
            if (!clean.isEmpty()) {
                joined.add(clean);
            }
        }
        return joined.toString();
    }

    /** Step 5 (the issuer's own rules) first, then steps 1 to 4. */
    public static String normalize(String hashedText, IssuerRules rules) {
        Objects.requireNonNull(hashedText, "hashedText");
        Objects.requireNonNull(rules, "rules");
        return normalize(rules.apply(hashedText));
    }

    /** Step 1: the typographic characters OCR and word processors produce, mapped to ASCII. */
    private static String mapCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> out.append('"');
                case '\u2018', '\u2019' -> out.append('\'');
                case '\u2013', '\u2014' -> out.append('-');
                case '\u00A0' -> out.append(' ');
                case '\u2026' -> out.append("...");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Step 2 for one line: trim, then every whitespace run (a \r included) becomes one space. */
    private static String collapseWhitespace(String line) {
        String trimmed = Whitespace.strip(line);
        StringBuilder out = new StringBuilder(trimmed.length());
        boolean inRun = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Whitespace.is(c)) {
                inRun = true;
                continue;
            }
            if (inRun) {
                out.append(' ');
                inRun = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
