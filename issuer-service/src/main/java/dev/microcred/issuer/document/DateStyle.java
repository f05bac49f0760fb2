package dev.microcred.issuer.document;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How an issuer writes dates in its credentials. The style is part of the hashed text, so it is
 * fixed per issuer and independent of the JVM locale: month names are always English.
 */
public enum DateStyle {
    /** {@code January 3, 2026}. */
    US("MMMM d, uuuu"),
    /** {@code 12 January 2026}. */
    UK("d MMMM uuuu");

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private final DateTimeFormatter day;

    DateStyle(String dayPattern) {
        this.day = DateTimeFormatter.ofPattern(dayPattern, Locale.ENGLISH);
    }

    public String format(LocalDate date) {
        return day.format(date);
    }

    /** Both styles write a month as {@code January 2026}. */
    public String format(YearMonth month) {
        return MONTH.format(month);
    }
}
