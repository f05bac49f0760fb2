package dev.microcred.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Protocol section 2: which lines a client hashes, from plain text or HTML. */
class VerifiableTextTest {

    private static final String CREDENTIAL = "SKILL CREDENTIAL\nAWS Training and Certification";

    @Test
    void hashedTextIsEveryLineAboveTheVerifyLine() {
        // Given two lines and a verify line / When read
        VerifiableText text = VerifiableText.fromPlainText(CREDENTIAL + "\nverify:aws.training/cred/x");

        // Then the two lines are hashed and the verify line is not
        assertEquals(CREDENTIAL, text.hashedText());
        assertEquals(CREDENTIAL, text.normalizedText());
        assertEquals(ContentHash.sha256Hex(CREDENTIAL), text.hash());
        assertEquals("https://aws.training/cred/x/" + text.hash(), text.url());
    }

    @Test
    void bracketMarkersAreRemoved() {
        // Given the text with its '[' and ']' markers, as printed
        VerifiableText marked = VerifiableText.fromPlainText("  [" + CREDENTIAL + "\nverify:x.org/v ]  \n");

        // When read / Then it hashes like the text without markers
        assertEquals(VerifiableText.fromPlainText(CREDENTIAL + "\nverify:x.org/v").hash(), marked.hash());
        assertEquals(CREDENTIAL, marked.hashedText());
    }

    @Test
    void verifyLineWithOnlyEmptyLinesBelowIsFound() {
        // Given empty and blank lines after the verify line / When read / Then the verify line is still found
        VerifiableText text = VerifiableText.fromPlainText(CREDENTIAL + "\nvfy:x.org/v\n\n   \n\t\n");

        assertEquals("x.org/v", text.verifyLine().base());
        assertEquals(CREDENTIAL, text.normalizedText());
    }

    @Test
    void theBottomMostVerifyLineWinsOverOneInsideTheText() {
        // Given a hashed line that itself looks like a verify line
        VerifiableText text = VerifiableText.fromPlainText("Old: verify:evil.example\nverify:x.org/a\nverify:x.org/b");

        // When read / Then the scan from the bottom takes the last one and hashes the lines above it
        assertEquals("x.org/b", text.verifyLine().base());
        assertEquals("Old: verify:evil.example\nverify:x.org/a", text.normalizedText());
    }

    @Test
    void crlfTextHashesLikeLfText() {
        // Given the same credential with Windows line endings / When read / Then the hash is the same
        assertEquals(VerifiableText.fromPlainText(CREDENTIAL + "\nverify:x.org/v").hash(),
                VerifiableText.fromPlainText(CREDENTIAL.replace("\n", "\r\n") + "\r\nverify:x.org/v\r\n").hash());
    }

    @Test
    void textWithoutVerifyLineIsRefusedWithAReason() {
        // Given lines but no verify line / When read / Then the error says what is missing
        VerifiableTextException e = assertThrows(VerifiableTextException.class,
                () -> VerifiableText.fromPlainText(CREDENTIAL));
        assertTrue(e.getMessage().contains("no verify line"), e.getMessage());
    }

    @Test
    void textBelowTheVerifyLineIsRefusedBecauseNoHashCoversIt() {
        // Given a claim stranded under the verify line / When read / Then it is refused, naming the line
        VerifiableTextException e = assertThrows(VerifiableTextException.class,
                () -> VerifiableText.fromPlainText(CREDENTIAL + "\nverify:x.org/v\nScore: 100%"));
        assertTrue(e.getMessage().contains("Score: 100%"), e.getMessage());
    }

    @Test
    void aVerifyLineWithNothingAboveIsRefused() {
        // Given only a verify line / When read / Then there is nothing to hash
        assertThrows(VerifiableTextException.class, () -> VerifiableText.fromPlainText("[\n\nverify:x.org/v ]"));
    }

    @Test
    void parseTellsHtmlFromPlainText() {
        // Given the same credential rendered as HTML and as plain text
        VerifyLine line = new VerifyLine("x.org/v");
        String html = "<div>" + HtmlBlock.render("c1", List.of("A & B", "", "C"), line) + "</div>";
        String plain = "A & B\n\nC\nverify:x.org/v";

        // When both are parsed without saying which is which / Then both give the same hash
        assertEquals(VerifiableText.parse(plain).hash(), VerifiableText.parse(html).hash());
    }

    @Test
    void parseWithIssuerRulesNormalizesWithThem() {
        // Given an issuer whose rules fold accents
        IssuerRules rules = new IssuerRules("\u00E9\u2192e", List.of());

        // When the accented and the plain spelling are parsed with them / Then they hash the same
        assertEquals(VerifiableText.parse("Cafe\nverify:x.org/v").hash(),
                VerifiableText.parse("Caf\u00E9\nverify:x.org/v", rules).hash());
    }

    @Test
    void withRulesRenormalizesTheSameLines() {
        // Given text read with the standard rules, then issuer rules learned from the metadata
        VerifiableText standard = VerifiableText.parse("Caf\u00E9\nverify:x.org/v");

        // When re-normalized / Then lines and verify line are kept and only the normalization changes
        VerifiableText folded = standard.withRules(new IssuerRules("\u00E9\u2192e", List.of()));
        assertEquals(standard.hashedText(), folded.hashedText());
        assertEquals("Cafe", folded.normalizedText());
    }
}
