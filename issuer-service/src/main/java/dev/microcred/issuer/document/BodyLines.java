package dev.microcred.issuer.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the body lines of one credential in the seed's layout: {@code Label: value} lines,
 * headed lists of {@code - item} lines and the blank lines that separate paragraphs. Blank lines
 * only help the human reader; normalization drops them before hashing.
 */
final class BodyLines {

    private final DateStyle style;
    private final List<String> lines = new ArrayList<>();

    BodyLines(DateStyle style) {
        this.style = FieldRules.present("dateStyle", style);
    }

    BodyLines line(String label, Object value) {
        lines.add(label + ": " + value);
        return this;
    }

    BodyLines lineIfPresent(String label, Object value) {
        return value == null ? this : line(label, value);
    }

    BodyLines date(String label, LocalDate date) {
        return line(label, style.format(date));
    }

    BodyLines month(String label, YearMonth month) {
        return line(label, style.format(month));
    }

    BodyLines dateIfPresent(String label, LocalDate date) {
        return date == null ? this : date(label, date);
    }

    /** Hours as given, {@code 4.2 hours} (or {@code 1 hour}); no line without hours. */
    BodyLines hoursIfPresent(String label, BigDecimal hours) {
        if (hours == null) {
            return this;
        }
        return line(label, hours.toPlainString() + (hours.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours"));
    }

    /** A heading such as {@code Subscores:} followed by one {@code - item} line per entry. */
    BodyLines list(String heading, List<String> items) {
        lines.add(heading + ":");
        items.forEach(item -> lines.add("- " + item));
        return this;
    }

    BodyLines blank() {
        lines.add("");
        return this;
    }

    List<String> toList() {
        return List.copyOf(lines);
    }
}
