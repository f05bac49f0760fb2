package dev.microcred.text;

import java.util.Objects;
import java.util.Optional;

/**
 * A verify line, e.g. "verify:aws.training/cred/jc-lambda-2026" or "VFY : x.org/v".
 *
 * <p>Only the base is kept: the prefix spelling ({@code vfy}, upper case, spaces) does not change
 * the request a client makes, and the verify line itself is never hashed.
 *
 * @param base the domain and optional path after the prefix, without whitespace
 */
public record VerifyLine(String base) {

    /** The two spellings of the prefix; either, in any (ASCII) case, is followed by the colon. */
    private static final String[] PREFIXES = {"verify", "vfy"};

    public VerifyLine {
        Objects.requireNonNull(base, "base");
        if (base.isEmpty() || Whitespace.indexIn(base, 0) >= 0) {
            throw new IllegalArgumentException("verify base must be non-empty without whitespace: '" + base + "'");
        }
    }

    /** The base is everything after the prefix up to the first whitespace; the rest of the line is ignored. */
    public static Optional<VerifyLine> parse(String line) {
        if (line == null) {
            return Optional.empty();
        }
        String trimmed = Whitespace.strip(line);
        int start = baseStart(trimmed);
        if (start < 0) {
            return Optional.empty();
        }
        int space = Whitespace.indexIn(trimmed, start);
        String base = trimmed.substring(start, space < 0 ? trimmed.length() : space);
        return base.isEmpty() ? Optional.empty() : Optional.of(new VerifyLine(base));
    }

    /**
     * Where the base starts, after the prefix, the colon and any whitespace around it, or -1. Whitespace
     * is the clients' JavaScript set, as everywhere in this module, and the case folding ASCII only, as
     * a JavaScript {@code /i} pattern does (a dotless ı is no i).
     */
    private static int baseStart(String line) {
        for (String prefix : PREFIXES) {
            if (asciiStartsWithIgnoringCase(line, prefix)) {
                int colon = Whitespace.skip(line, prefix.length());
                if (colon < line.length() && line.charAt(colon) == ':') {
                    return Whitespace.skip(line, colon + 1);
                }
            }
        }
        return -1;
    }

    private static boolean asciiStartsWithIgnoringCase(String line, String lowerCasePrefix) {
        if (line.length() < lowerCasePrefix.length()) {
            return false;
        }
        for (int i = 0; i < lowerCasePrefix.length(); i++) {
            char c = line.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lowerCasePrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }


    /** The canonical form the issuer prints. */
    public String text() {
        return "verify:" + base;
    }

    /** The request a client makes (without the optional suffix from verification-meta.json). */
    public String url(String hash) {
        return "https://" + base + "/" + hash;
    }

    public String metadataUrl() {
        return "https://" + base + "/verification-meta.json";
    }

    /** The host (and port, if the line has one): the name a client shows as the answering domain. */
    public String domain() {
        int slash = base.indexOf('/');
        return slash < 0 ? base : base.substring(0, slash);
    }

    /** The part after the domain, starting with "/", or "" when the base is a bare domain. */
    public String path() {
        int slash = base.indexOf('/');
        return slash < 0 ? "" : base.substring(slash);
    }
}
