package dev.microcred.issuer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateStyleTest {

    @Test
    void usStyleWritesMonthDayCommaYear() {
        assertEquals("January 3, 2026", DateStyle.US.format(LocalDate.of(2026, 1, 3)));
    }

    @Test
    void ukStyleWritesDayMonthYear() {
        assertEquals("12 January 2026", DateStyle.UK.format(LocalDate.of(2026, 1, 12)));
    }

    @Test
    void bothStylesWriteAMonthAsMonthAndYear() {
        assertEquals("January 2026", DateStyle.US.format(YearMonth.of(2026, 1)));
        assertEquals("January 2026", DateStyle.UK.format(YearMonth.of(2026, 1)));
    }

    @Test
    void monthNamesStayEnglishWhateverTheJvmLocale() {
        // Given a JVM running in German
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            // When dates are formatted, Then the hashed text does not depend on the server's locale
            assertEquals("March 9, 2026", DateStyle.US.format(LocalDate.of(2026, 3, 9)));
            assertEquals("9 March 2026", DateStyle.UK.format(LocalDate.of(2026, 3, 9)));
            assertEquals("December 2025", DateStyle.UK.format(YearMonth.of(2025, 12)));
        } finally {
            Locale.setDefault(before);
        }
    }
}
