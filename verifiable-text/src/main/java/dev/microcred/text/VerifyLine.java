package dev.microcred.text;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A verify line, e.g. "verify:aws.training/cred/jc-lambda-2026" or "VFY : x.org/v".
 *
 * <p>Only the base is kept: the prefix spelling ({@code vfy}, upper case, spaces) does not change
 * the request a client makes, and the verify line itself is never hashed.
 *
 * @param base the domain and optional path after the prefix, without whitespace
 */
public record VerifyLine(String base) {

    /** Start of the (trimmed) line, either spelling, any case, whitespace allowed around the colon. */
    private static final Pattern PREFIX =
            Pattern.compile("^(?:verify|vfy)\\s*:\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

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
        Matcher prefix = PREFIX.matcher(trimmed);
        if (!prefix.find()) {
            return Optional.empty();
        }
        int space = Whitespace.indexIn(trimmed, prefix.end());
        String base = trimmed.substring(prefix.end(), space < 0 ? trimmed.length() : space);
        return base.isEmpty() ? Optional.empty() : Optional.of(new VerifyLine(base));
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
