package dev.microcred.issuer.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The checks every credential field passes before it can become a line of signed text.
 *
 * <p>A value must stay on its own line: a line break (or any other control character) inside a
 * field would let a caller inject extra lines, such as a forged {@code Score:}, into the text that
 * gets hashed. Optional text that is blank counts as absent, so its line is left out rather than
 * printed empty. Every failure is an {@link IllegalArgumentException} naming the field.
 */
final class FieldRules {

    private FieldRules() {
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return singleLine(field, value);
    }

    static String optionalText(String field, String value) {
        return value == null || value.isBlank() ? null : singleLine(field, value);
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static <T> List<T> items(String field, List<T> values, boolean atLeastOne) {
        if (values == null || values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(field + " must be a list without missing entries");
        }
        if (atLeastOne && values.isEmpty()) {
            throw new IllegalArgumentException(field + " needs at least one entry");
        }
        return List.copyOf(values);
    }

    static int atLeast(String field, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(field + " must be at least " + minimum);
        }
        return value;
    }

    static BigDecimal positive(String field, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            throw new IllegalArgumentException(field + " must be positive");
        }
        return value;
    }

    private static String singleLine(String field, String value) {
        boolean broken = value.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
        if (broken) {
            throw new IllegalArgumentException(field + " must be a single line without control characters");
        }
        return value;
    }
}
