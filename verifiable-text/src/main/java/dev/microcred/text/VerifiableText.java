package dev.microcred.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a live-verify client computes from the text it sees: the lines it hashes, the verify line
 * it found, the normalized text and its hash. The issuer builds the same value from the text it
 * renders, so both sides provably run the same rules.
 *
 * @param hashedText     the lines above the verify line, as found (markers removed, not normalized)
 * @param verifyLine     the bottom-most verify line
 * @param normalizedText {@code hashedText} after {@link Normalizer}
 * @param hash           {@link ContentHash#sha256Hex} of {@code normalizedText}
 */
public record VerifiableText(String hashedText, VerifyLine verifyLine, String normalizedText, String hash) {

    /** How {@link #parse} recognises HTML: the attribute every marked block carries. */
    private static final String HTML_MARKER = "verifiable-text=";

    public VerifiableText {
        Objects.requireNonNull(hashedText, "hashedText");
        Objects.requireNonNull(verifyLine, "verifyLine");
        Objects.requireNonNull(normalizedText, "normalizedText");
        Objects.requireNonNull(hash, "hash");
    }

    public static VerifiableText fromPlainText(String text) {
        return fromPlainText(text, IssuerRules.NONE);
    }

    public static VerifiableText fromHtml(String html) {
        return fromPlainText(HtmlBlock.extractText(html), IssuerRules.NONE);
    }

    public static VerifiableText parse(String input) {
        return parse(input, IssuerRules.NONE);
    }

    public static VerifiableText parse(String input, IssuerRules rules) {
        Objects.requireNonNull(input, "input");
        String plain = input.contains(HTML_MARKER) ? HtmlBlock.extractText(input) : input;
        return fromPlainText(plain, rules);
    }

    /** Same lines and verify line, normalized with other rules (e.g. once verification-meta.json is known). */
    public VerifiableText withRules(IssuerRules rules) {
        return of(hashedText, verifyLine, rules);
    }

    public String url() {
        return verifyLine.url(hash);
    }

    /**
     * Scans from the bottom, as clients do. Text below the verify line is refused rather than
     * ignored: it would look like part of the credential while no hash covers it.
     */
    private static VerifiableText fromPlainText(String text, IssuerRules rules) {
        Objects.requireNonNull(text, "text");
        List<String> lines = Arrays.asList(stripMarkers(text).split("\n", -1));
        for (int i = lines.size() - 1; i >= 0; i--) {
            Optional<VerifyLine> verifyLine = VerifyLine.parse(lines.get(i));
            if (verifyLine.isPresent()) {
                refuseTextBelow(lines.subList(i + 1, lines.size()));
                return of(String.join("\n", lines.subList(0, i)), verifyLine.get(), rules);
            }
        }
        throw new VerifiableTextException("no verify line found: the last non-empty line must start with"
                + " 'verify:' or 'vfy:' followed by the issuer's domain and path");
    }

    private static VerifiableText of(String hashedText, VerifyLine verifyLine, IssuerRules rules) {
        String normalized = Normalizer.normalize(hashedText, rules);
        if (normalized.isEmpty()) {
            throw new VerifiableTextException("nothing to hash: there is no text above " + verifyLine.text());
        }
        return new VerifiableText(hashedText, verifyLine, normalized, ContentHash.sha256Hex(normalized));
    }

    private static void refuseTextBelow(List<String> linesBelow) {
        for (String line : linesBelow) {
            if (!Whitespace.strip(line).isEmpty()) {
                throw new VerifiableTextException("text below the verify line would not be hashed: '"
                        + Whitespace.strip(line) + "'");
            }
        }
    }

    /** Removes the '[' and ']' markers: the first and last non-whitespace characters, if they are markers. */
    private static String stripMarkers(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Whitespace.is(text.charAt(start))) {
            start++;
        }
        while (end > start && Whitespace.is(text.charAt(end - 1))) {
            end--;
        }
        if (end > start && text.charAt(end - 1) == ']') {
            end--;
        }
        if (end > start && text.charAt(start) == '[') {
            start++;
        }
        return text.substring(start, end);
    }
}
