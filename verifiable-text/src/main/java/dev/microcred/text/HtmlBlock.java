package dev.microcred.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML form of a credential: the lines between {@code verifiable-text="start"} and
 * {@code verifiable-text="end"} markers that browser clients look for (protocol section 1).
 *
 * <p>{@link #render} and {@link #extractText} are inverses up to normalization, which is what
 * lets the issuer hash the text it renders and be sure a browser computes the same hash.
 */
public final class HtmlBlock {

    /** An opening tag; quoted attribute values may contain '>'. */
    private static final Pattern OPEN_TAG =
            Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s=/>\"']+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");

    private HtmlBlock() {
    }

    /**
     * Renders lines (blank lines allowed, rendered as empty "&lt;br&gt;" lines) and the verify line
     * in exactly the seed's marker format, HTML-escaping {@code & < > "} in line text.
     *
     * @throws IllegalArgumentException if a line holds a line break (it would split into two
     *                                  hashed lines) or if no line has any text to hash
     */
    public static String render(String id, List<String> linesAboveVerify, VerifyLine verifyLine) {
        Objects.requireNonNull(verifyLine, "verifyLine");
        String escapedId = MarkupText.escape(Objects.requireNonNull(id, "id"));
        checkRenderable(linesAboveVerify);
        StringBuilder html = new StringBuilder();
        html.append("<span verifiable-text=\"start\" data-for=\"").append(escapedId).append("\">[</span>");
        for (String line : linesAboveVerify) {
            html.append(MarkupText.escape(line)).append("<br>\n");
        }
        html.append("<span data-verify-line=\"").append(escapedId).append("\">")
                .append(MarkupText.escape(verifyLine.text())).append("</span> ")
                .append("<span verifiable-text=\"end\" data-for=\"").append(escapedId).append("\">]</span>");
        return html.toString();
    }

    /**
     * Extracts the plain text of the first marked block, markers included, the way a browser
     * client reads it: {@code <br>} and block tags become line breaks, other tags disappear,
     * entities are decoded.
     *
     * @throws VerifiableTextException if there is no start marker, or no matching end marker
     */
    public static String extractText(String html) {
        Objects.requireNonNull(html, "html");
        Matcher tag = OPEN_TAG.matcher(html);
        String id = null;
        int start = -1;
        while (tag.find()) {
            Map<String, String> attributes = attributes(tag.group(2));
            String marker = attributes.get("verifiable-text");
            if (start < 0 && "start".equals(marker)) {
                start = tag.start();
                id = attributes.get("data-for");
            } else if (start >= 0 && "end".equals(marker) && (id == null || id.equals(attributes.get("data-for")))) {
                return MarkupText.toText(html.substring(start, endOfElement(html, tag)));
            }
        }
        if (start < 0) {
            throw new VerifiableTextException("no marked block: the HTML has no element with verifiable-text=\"start\"");
        }
        throw new VerifiableTextException("marked block '" + id + "' has a start marker but no"
                + " verifiable-text=\"end\" marker with the same data-for");
    }

    private static void checkRenderable(List<String> lines) {
        Objects.requireNonNull(lines, "linesAboveVerify");
        boolean anyText = false;
        for (String line : lines) {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a line must not contain a line break: '" + line + "'");
            }
            anyText |= !Whitespace.strip(line).isEmpty();
        }
        if (!anyText) {
            throw new IllegalArgumentException("nothing to hash: every line above the verify line is blank");
        }
    }

    /** Attribute names are case-insensitive in HTML; values are compared decoded. */
    private static Map<String, String> attributes(String tagBody) {
        Map<String, String> attributes = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tagBody);
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2)
                    : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
            attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), MarkupText.decodeEntities(value));
        }
        return attributes;
    }

    /** End of the end marker's closing tag, so that its ']' is part of the extracted text. */
    private static int endOfElement(String html, Matcher openTag) {
        String closing = "</" + openTag.group(1).toLowerCase(Locale.ROOT);
        int close = html.toLowerCase(Locale.ROOT).indexOf(closing, openTag.end());
        int gt = close < 0 ? -1 : html.indexOf('>', close);
        return gt < 0 ? openTag.end() : gt + 1;
    }
}
