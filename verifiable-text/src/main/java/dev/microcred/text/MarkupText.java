package dev.microcred.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML to text and back, only as far as credentials need it.
 *
 * <p>Text comes out as a browser renders it and a user copies it: source line breaks and
 * indentation are layout whitespace and collapse to one space, only {@code <br>} and block
 * elements break lines. Issuer-rendered blocks never break a source line inside a text line, so
 * clients that read raw text nodes instead compute the same hash for them.
 */
final class MarkupText {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    /** Elements a browser lays out on their own line: the client sees a line break there. */
    private static final Pattern LINE_BREAK = Pattern.compile(
            "<(?:br|/?(?:p|div|li|tr|h[1-6]))\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", Pattern.CASE_INSENSITIVE);
    /** Only '<' followed by a letter, '/', '!' or '?' starts a tag; "a < b" stays text. */
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!?](?:[^>\"']|\"[^\"]*\"|'[^']*')*>");
    /** HTML's own whitespace; U+00A0 is not part of it and survives, as in a browser. */
    private static final Pattern SOURCE_WHITESPACE = Pattern.compile("[ \\t\\r\\n\\f]+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern SPACE_AROUND_BREAK = Pattern.compile(" ?\n ?");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00A0");

    private MarkupText() {
    }

    static String toText(String html) {
        String text = COMMENT.matcher(html).replaceAll("");
        text = SOURCE_WHITESPACE.matcher(text).replaceAll(" ");
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        // Removing tags can bring spaces together ("a <b></b> b"); a browser shows one.
        text = SPACES.matcher(TAG.matcher(text).replaceAll("")).replaceAll(" ");
        return decodeEntities(SPACE_AROUND_BREAK.matcher(text).replaceAll("\n"));
    }

    /** One pass, so "&amp;lt;" becomes "&lt;" and not "<". Unknown entities stay as written. */
    static String decodeEntities(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (entity.find()) {
            entity.appendReplacement(out, Matcher.quoteReplacement(decode(entity.group(1), entity.group())));
        }
        entity.appendTail(out);
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String decode(String name, String asWritten) {
        if (!name.startsWith("#")) {
            return NAMED.getOrDefault(name, asWritten);
        }
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : asWritten;
    }
}
