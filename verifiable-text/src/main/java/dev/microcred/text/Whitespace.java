package dev.microcred.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Whitespace as the live-verify clients see it.
 *
 * <p>The reference clients are JavaScript and use {@code \s} and {@code trim()}, whose whitespace
 * set differs from Java's {@link Character#isWhitespace} (it includes U+00A0, U+202F and U+FEFF,
 * for example). Using the JavaScript set keeps our hashes equal to theirs for any input.
 */
final class Whitespace {

    private Whitespace() {
    }

    static boolean is(char c) {
        switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680',
                 '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF':
                return true;
            default:
                return c >= '\u2000' && c <= '\u200A';
        }
    }

    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && is(text.charAt(start))) {
            start++;
        }
        while (end > start && is(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The non-empty runs between whitespace, like JavaScript's {@code trim().split(/\s+/)}. */
    static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean boundary = i == text.length() || is(text.charAt(i));
            if (boundary && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            } else if (!boundary && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    /** Index of the first character at or after {@code from} that is not whitespace, or the text's length. */
    static int skip(String text, int from) {
        int i = from;
        while (i < text.length() && is(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index of the first whitespace character at or after {@code from}, or -1. */
    static int indexIn(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (is(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
