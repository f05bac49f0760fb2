package dev.microcred.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Protocol section 3, steps 1 to 4, one rule at a time. */
class NormalizerTest {

    @Test
    void curlyAndLowDoubleQuotesBecomeStraightQuotes() {
        // Given a line with U+201C, U+201D and U+201E
        String text = "Thesis: \u201COn L-Space\u201D and \u201Elow\u201D";

        // When normalized / Then all are '"'
        assertEquals("Thesis: \"On L-Space\" and \"low\"", Normalizer.normalize(text));
    }

    @Test
    void angleQuotesBecomeStraightDoubleQuotes() {
        // Given guillemets U+00AB and U+00BB / When normalized / Then they are '"'
        assertEquals("\"Bonjour\"", Normalizer.normalize("\u00ABBonjour\u00BB"));
    }

    @Test
    void curlySingleQuotesBecomeApostrophes() {
        // Given U+2018 and U+2019 / When normalized / Then they are '\''
        assertEquals("'quoted' and it's", Normalizer.normalize("\u2018quoted\u2019 and it\u2019s"));
    }

    @Test
    void enAndEmDashesBecomeHyphens() {
        // Given U+2013 and U+2014 / When normalized / Then they are '-'
        assertEquals("2025-2026 - final", Normalizer.normalize("2025\u20132026 \u2014 final"));
    }

    @Test
    void noBreakSpaceBecomesASpaceAndIsCollapsedLikeOne() {
        // Given a no-break space beside a space / When normalized / Then one plain space remains
        assertEquals("Score: 94%", Normalizer.normalize("Score:\u00A0 94%"));
    }

    @Test
    void ellipsisBecomesThreePeriods() {
        // Given U+2026 / When normalized / Then it is "..."
        assertEquals("Email Hash: a3f2...8b71", Normalizer.normalize("Email Hash: a3f2\u20268b71"));
    }

    @Test
    void eachLineIsTrimmedAndInnerWhitespaceRunsBecomeOneSpace() {
        // Given indentation, trailing blanks, tabs and runs of spaces
        String text = "   Level:\t\t Advanced   \n\tTime:    4.2   hours\t";

        // When normalized / Then each line is trimmed and each run is one space
        assertEquals("Level: Advanced\nTime: 4.2 hours", Normalizer.normalize(text));
    }

    @Test
    void emptyAndWhitespaceOnlyLinesAreDropped() {
        // Given blank lines, including ones holding only spaces, tabs or no-break spaces
        String text = "\n\nSKILL CREDENTIAL\n\n   \n\t\nAWS\n\u00A0\n\n";

        // When normalized / Then only the lines with text remain
        assertEquals("SKILL CREDENTIAL\nAWS", Normalizer.normalize(text));
    }

    @Test
    void crlfLineEndingsHashLikeLf() {
        // Given the same text with Windows and Unix line endings
        String crlf = "SKILL CREDENTIAL\r\nAWS Training\r\n\r\nLevel: Advanced\r\n";
        String lf = "SKILL CREDENTIAL\nAWS Training\n\nLevel: Advanced\n";

        // When both are normalized / Then the \r is stripped as whitespace and both are equal
        assertEquals(Normalizer.normalize(lf), Normalizer.normalize(crlf));
        assertEquals("SKILL CREDENTIAL\nAWS Training\nLevel: Advanced", Normalizer.normalize(crlf));
    }

    @Test
    void resultHasNoTrailingNewline() {
        // Given text ending in newlines / When normalized / Then it ends with the last character of text
        assertEquals("a\nb", Normalizer.normalize("a\nb\n\n"));
    }

    @Test
    void charactersAreMappedBeforeLinesAreTrimmed() {
        // Given a line that is only an em dash between no-break spaces
        String text = "\u00A0\u2014\u00A0";

        // When normalized / Then the mapping ran first, so the spaces were trimmed and "-" is kept
        assertEquals("-", Normalizer.normalize(text));
    }

    @Test
    void whitespaceIsWhatJavaScriptClientsCallWhitespace() {
        // Given a narrow no-break space, an ideographic space and a byte-order mark, all \s in JavaScript
        String text = "\uFEFFLevel:\u202FAdvanced\u3000";

        // When normalized / Then they are trimmed and collapsed like spaces
        assertEquals("Level: Advanced", Normalizer.normalize(text));
    }

    @Test
    void emptyTextNormalizesToEmpty() {
        // Given nothing but whitespace / When normalized / Then nothing is left
        assertEquals("", Normalizer.normalize(" \n\t\n"));
    }
}
