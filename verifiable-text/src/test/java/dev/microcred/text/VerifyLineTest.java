package dev.microcred.text;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Protocol section 2: how a client recognises the verify line and turns it into URLs. */
class VerifyLineTest {

    @Test
    void verifyPrefixGivesTheBase() {
        // Given the canonical verify line / When parsed / Then the base is everything after "verify:"
        assertEquals(Optional.of(new VerifyLine("aws.training/cred/jc-lambda-2026")),
                VerifyLine.parse("verify:aws.training/cred/jc-lambda-2026"));
    }

    @Test
    void shortVfyPrefixIsAccepted() {
        // Given the short form / When parsed / Then it gives the same base
        assertEquals("x.org/v", VerifyLine.parse("vfy:x.org/v").orElseThrow().base());
    }

    @Test
    void prefixIsCaseInsensitive() {
        // Given OCR of an upper-case or mixed-case prefix / When parsed / Then it is recognised
        assertEquals("x.org/v", VerifyLine.parse("VERIFY:x.org/v").orElseThrow().base());
        assertEquals("x.org/v", VerifyLine.parse("Vfy:x.org/v").orElseThrow().base());
    }

    @Test
    void spacesAroundTheColonAreAllowed() {
        // Given spaces before and after the colon, and around the line / When parsed / Then they are skipped
        assertEquals("x.org/v", VerifyLine.parse("  VFY : x.org/v  ").orElseThrow().base());
        assertEquals("x.org/v", VerifyLine.parse("verify :\tx.org/v").orElseThrow().base());
        // whitespace as the JavaScript clients see it: a zero-width no-break space is, a next-line control is not
        assertEquals("x.org/v", VerifyLine.parse("verify\uFEFF:\u202Fx.org/v").orElseThrow().base());
        assertTrue(VerifyLine.parse("verify\u0085:x.org/v").isEmpty());
    }

    @Test
    void textAfterASpaceIsIgnored() {
        // Given the end marker and OCR noise after the base / When parsed / Then the base stops at the first space
        assertEquals("aws.training/cred/jc-lambda-2026",
                VerifyLine.parse("verify:aws.training/cred/jc-lambda-2026 ] ~").orElseThrow().base());
    }

    @Test
    void linesWithoutThePrefixOrWithoutABaseAreNotVerifyLines() {
        // Given ordinary lines, a prefix in mid-line, and a prefix with nothing after it
        // When parsed / Then none is a verify line
        assertTrue(VerifyLine.parse("Holder: james.chen@email.com").isEmpty());
        assertTrue(VerifyLine.parse("please verify: the holder").isEmpty());
        assertTrue(VerifyLine.parse("verify:   ").isEmpty());
        assertTrue(VerifyLine.parse("verified:x.org").isEmpty());
        assertTrue(VerifyLine.parse("ver\u0131fy:x.org").isEmpty()); // dotless i: JavaScript's /i folds ASCII only
        assertTrue(VerifyLine.parse(null).isEmpty());
    }

    @Test
    void canonicalTextUsesTheLongLowerCasePrefix() {
        // Given a line written with the short upper-case prefix / When printed / Then it is "verify:" + base
        assertEquals("verify:x.org/v", VerifyLine.parse("VFY : x.org/v").orElseThrow().text());
    }

    @Test
    void urlsAreHttpsUnderTheBase() {
        // Given the seed's first verify line
        VerifyLine line = new VerifyLine("aws.training/cred/jc-lambda-2026");

        // When the URLs are built / Then the hash and the metadata file sit under the base
        assertEquals("https://aws.training/cred/jc-lambda-2026/abc", line.url("abc"));
        assertEquals("https://aws.training/cred/jc-lambda-2026/verification-meta.json", line.metadataUrl());
    }

    @Test
    void domainAndPathSplitAtTheFirstSlash() {
        // Given a base with a path and a bare domain / When split / Then path keeps its slash or is empty
        VerifyLine withPath = new VerifyLine("aws.training/cred/jc-lambda-2026");
        VerifyLine bare = new VerifyLine("x.org");

        assertEquals("aws.training", withPath.domain());
        assertEquals("/cred/jc-lambda-2026", withPath.path());
        assertEquals("x.org", bare.domain());
        assertEquals("", bare.path());
    }

    @Test
    void aBaseWithWhitespaceOrNothingIsRefused() {
        // Given bases no parse could produce / When constructed / Then they are refused
        assertThrows(IllegalArgumentException.class, () -> new VerifyLine(""));
        assertThrows(IllegalArgumentException.class, () -> new VerifyLine("x.org/a b"));
    }
}
